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
from .model import Document, DocumentAnalysis

#: Version of this encoding; part of the cache key.
FORMAT_VERSION = 1


#: Key naming the concrete class of a dataclass that is a subclass of the declared field type.
TYPE_KEY = "@type"
_MODEL_MODULE = "graphbuild.model"
_PACKAGE = "graphbuild."


class SerializationError(GraphbuildError):
    """Stored JSON does not decode into the expected dataclass."""


_SCALARS = frozenset((str, int, float, bool))


@cache
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def to_jsonable(value: Any) -> Any:
    """Encode a model value (dataclass, tuple, date, dict, scalar) into JSON-ready data."""
    cls = type(value)
    if cls in _SCALARS or value is None:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {name: to_jsonable(getattr(value, name)) for name in _field_names(typing.cast(Any, cls))}
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


Decoder = typing.Callable[[Any], Any]


def _identity(data: Any) -> Any:
    return data


@cache
def _decoder(tp: Any) -> Decoder:
    """A function decoding JSON data into type ``tp``, built once per type (decoding is hot)."""
    if tp is Any:
        return _identity
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(members) != 1:
            raise SerializationError(f"ambiguous union {tp}")
        inner = _decoder(members[0])
        if members[0] in _SCALARS:
            exact = members[0]

            def optional_scalar(data: Any) -> Any:  # the common case in one call, not two
                return data if data is None or type(data) is exact else inner(data)

            return optional_scalar

        def optional(data: Any) -> Any:
            return None if data is None else inner(data)

        return optional
    if origin is tuple:
        return _tuple_decoder(tp)
    if origin is dict:
        value = _decoder(typing.get_args(tp)[1])

        def mapping(data: Any) -> Any:
            if not isinstance(data, dict):
                raise SerializationError(f"expected an object for {tp}")
            return {k: value(v) for k, v in data.items()}

        return mapping
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if tp is date:
        return _date
    if tp in (str, int, float, bool):
        return _scalar_decoder(tp)
    raise SerializationError(f"unsupported type {tp}")


def _tuple_decoder(tp: Any) -> Decoder:
    args = typing.get_args(tp)
    if len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])

        def homogeneous(data: Any) -> Any:
            if not isinstance(data, list):
                raise SerializationError(f"expected a list for {tp}, got {type(data).__name__}")
            return tuple([item(v) for v in data])

        return homogeneous
    items = [_decoder(a) for a in args]

    def fixed(data: Any) -> Any:
        if not isinstance(data, list):
            raise SerializationError(f"expected a list for {tp}, got {type(data).__name__}")
        if len(items) != len(data):
            raise SerializationError(f"expected {len(items)} items for {tp}, got {len(data)}")
        return tuple([d(v) for d, v in zip(items, data, strict=True)])

    if len(args) == 2 and args[0] is args[1] and args[0] in _SCALARS:
        exact = args[0]

        def pair(data: Any) -> Any:  # (start, end) offsets: checked inline, anything else as above
            if type(data) is list and len(data) == 2 and type(data[0]) is exact and type(data[1]) is exact:
                return (data[0], data[1])
            return fixed(data)

        return pair
    return fixed


def _date(data: Any) -> date:
    try:
        return date.fromisoformat(data)
    except (TypeError, ValueError) as exc:
        raise SerializationError(f"bad date {data!r}") from exc


def _scalar_decoder(tp: type) -> Decoder:
    def scalar(data: Any) -> Any:
        if type(data) is not tp and (not isinstance(data, tp) or (tp is int and isinstance(data, bool))):
            raise SerializationError(f"expected {tp.__name__}, got {type(data).__name__}")
        return data

    return scalar


@cache
def _field_decoders(cls: Any) -> tuple[tuple[str, Decoder], ...]:
    hints = _hints(cls)
    return tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls))


T = typing.TypeVar("T")


def _dataclass_decoder(cls: Any) -> Decoder:
    """:func:`from_jsonable` for one dataclass, its fields looked up once (decoding is hot)."""
    fast: Decoder | None = None  # built on first use: the types may be recursive

    def decode(data: Any) -> Any:
        nonlocal fast
        if type(data) is not dict or TYPE_KEY in data:
            return from_jsonable(cls, data)  # errors and tagged subclasses
        if fast is None:
            fast = _planned_decoder(cls)
        return fast(data)

    return decode


def _scalar_type(tp: Any) -> tuple[type | None, bool]:
    """(the scalar type of a field typed ``tp`` or ``tp | None``, whether None is allowed)."""
    if tp in _SCALARS:
        return tp, False
    if typing.get_origin(tp) in (Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(members) == 1 and members[0] in _SCALARS and len(typing.get_args(tp)) == 2:
            return members[0], True
    return None, False


def _planned_decoder(cls: Any) -> Decoder:
    """A decoder for objects of ``cls`` with every field present, its per-field plan made once.

    It gives exactly what :func:`_construct` gives: a scalar of the declared type (or None where
    the type allows it) is taken as it is, anything else goes through the field's decoder (which
    converts or raises). An object missing a field (a default applies) takes :func:`_construct`
    itself. Plain closures, no generated code.
    """
    fields = _field_decoders(cls)
    hints = _hints(cls)
    plan = tuple((name, field, *_scalar_type(hints[name])) for name, field in fields)

    def decode(data: dict[str, Any]) -> Any:
        kwargs = {}
        for name, field, scalar, optional in plan:
            try:
                value = data[name]
            except KeyError:
                return _construct(cls, fields, data)
            if type(value) is not scalar and not (optional and value is None):
                value = field(value)
            kwargs[name] = value
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise SerializationError(f"{cls.__name__}: {exc}") from exc

    return decode


def _construct(cls: Any, fields: tuple[tuple[str, Decoder], ...], data: dict[str, Any]) -> Any:
    """``cls`` built from the fields of ``data`` it declares, each decoded."""
    kwargs = {}
    for name, field in fields:  # a loop, not a comprehension: no extra frame per object
        if name in data:
            kwargs[name] = field(data[name])
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise SerializationError(f"{cls.__name__}: {exc}") from exc


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
    return typing.cast(T, _construct(cls, _field_decoders(typing.cast(Any, cls)), data))


def analysis_to_json(analysis: DocumentAnalysis) -> dict[str, Any]:
    """A DocumentAnalysis as JSON-ready data."""
    return typing.cast(dict[str, Any], to_jsonable(analysis))


def analysis_from_json(data: Any, *, document: Document | None = None) -> DocumentAnalysis:
    """The inverse of :func:`analysis_to_json`; raises :class:`SerializationError` on bad data.

    ``document``: the document the analysis is of, already at hand (e.g. read from the inputs):
    the stored one is then not decoded but must carry the same id, and the analysis gets
    ``document`` itself.
    """
    if document is None:
        return typing.cast(DocumentAnalysis, _decoder(DocumentAnalysis)(data))
    if type(data) is not dict or TYPE_KEY in data:
        raise SerializationError("expected an object for DocumentAnalysis")
    stored = data.get("document")
    if type(stored) is not dict or stored.get("id") != document.id:
        raise SerializationError("the stored analysis is of another document")
    kwargs: dict[str, Any] = {"document": document}
    for name, field in _field_decoders(DocumentAnalysis):
        if name != "document" and name in data:
            kwargs[name] = field(data[name])
    try:
        return DocumentAnalysis(**kwargs)
    except TypeError as exc:
        raise SerializationError(f"DocumentAnalysis: {exc}") from exc
