"""JSON round-trip of :class:`~graphbuild.model.DocumentAnalysis` and the dataclasses inside it.

The encoding is driven by the dataclasses' type hints, so a field added to
``model.py`` is serialised without touching this module: dataclasses become
objects keyed by field name, dates ISO strings, tuples lists. Decoding walks the
same hints back, so ``analysis_from_json(analysis_to_json(a)) == a`` exactly
(tuples stay tuples, dates stay dates). Never pickle: cache files are data, not code.
"""

from __future__ import annotations

import dataclasses
import importlib
import types
import typing
from datetime import date
from functools import cache
from typing import Any, Union

from .errors import GraphbuildError
from .model import DocumentAnalysis

#: Version of this encoding; part of the cache key.
FORMAT_VERSION = 1


#: Key naming the concrete class of a dataclass that is a subclass of the declared field type.
TYPE_KEY = "@type"
_MODEL_MODULE = "graphbuild.model"
_PACKAGE = "graphbuild."


class SerializationError(GraphbuildError):
    """Stored JSON does not decode into the expected dataclass."""


def to_jsonable(value: Any) -> Any:
    """Encode a model value (dataclass, tuple, date, dict, scalar) into JSON-ready data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        cls = type(value)
        if cls.__module__ != _MODEL_MODULE:  # a stage's subclass (e.g. a mention with its title)
            out[TYPE_KEY] = f"{cls.__module__}:{cls.__qualname__}"
        return out
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise SerializationError(f"cannot serialise a {type(value).__name__}")


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(tp: Any, data: Any) -> Any:
    if tp is Any:
        return data
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        if data is None:
            return None
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(members) == 1:
            return _decode(members[0], data)
        raise SerializationError(f"ambiguous union {tp}")
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(data, list):
            raise SerializationError(f"expected a list for {tp}, got {type(data).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in data)
        if len(args) != len(data):
            raise SerializationError(f"expected {len(args)} items for {tp}, got {len(data)}")
        return tuple(_decode(a, v) for a, v in zip(args, data, strict=True))
    if origin is dict:
        if not isinstance(data, dict):
            raise SerializationError(f"expected an object for {tp}")
        _, vt = typing.get_args(tp)
        return {k: _decode(vt, v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_jsonable(tp, data)
    if tp is date:
        try:
            return date.fromisoformat(data)
        except (TypeError, ValueError) as exc:
            raise SerializationError(f"bad date {data!r}") from exc
    if tp in (str, int, float, bool):
        if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
            raise SerializationError(f"expected {tp.__name__}, got {type(data).__name__}")
        return data
    raise SerializationError(f"unsupported type {tp}")


T = typing.TypeVar("T")


def _subclass(declared: type, name: Any) -> type:
    """The class named ``module:qualname``: only a graphbuild dataclass subclassing ``declared``."""
    module_name, _, qualname = str(name).partition(":")
    if not module_name.startswith(_PACKAGE) or not qualname:
        raise SerializationError(f"refusing to decode a {name!r}")
    try:
        obj: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError) as exc:
        raise SerializationError(f"unknown class {name!r}") from exc
    if not (isinstance(obj, type) and dataclasses.is_dataclass(obj) and issubclass(obj, declared)):
        raise SerializationError(f"{name!r} is not a {declared.__name__}")
    return obj


def from_jsonable(cls: type[T], data: Any) -> T:
    """Decode data written by :func:`to_jsonable` back into a dataclass ``cls``.

    An object tagged with ``@type`` decodes into that subclass of ``cls`` (only
    graphbuild's own dataclasses are accepted, never an arbitrary class).
    """
    if not isinstance(data, dict):
        raise SerializationError(f"expected an object for {cls.__name__}")
    if TYPE_KEY in data:
        cls = _subclass(cls, data[TYPE_KEY])
    hints = _hints(typing.cast(Any, cls))
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _decode(hints[f.name], data[f.name])
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise SerializationError(f"{cls.__name__}: {exc}") from exc


def analysis_to_json(analysis: DocumentAnalysis) -> dict[str, Any]:
    """A DocumentAnalysis as JSON-ready data."""
    return typing.cast(dict[str, Any], to_jsonable(analysis))


def analysis_from_json(data: Any) -> DocumentAnalysis:
    """The inverse of :func:`analysis_to_json`; raises :class:`SerializationError` on bad data."""
    return from_jsonable(DocumentAnalysis, data)
