"""Fast, deterministic JSON for the big outputs (graph.json, the explorer payload, the cache).

orjson encodes and decodes several times faster than the standard library, which matters for
graphs of tens of thousands of nodes. Output is canonical: keys sorted (non-string keys as
strings), UTF-8, no ASCII escaping. What orjson cannot encode (integers beyond 64 bits) falls
back to the standard library with the same layout, so any JSON-ready value is accepted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

_SORTED = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS

JSONDecodeError = orjson.JSONDecodeError  # a subclass of json.JSONDecodeError (msg, lineno, pos)


def dumps(value: Any, *, indent: bool = False, default: Callable[[Any], Any] | None = None) -> bytes:
    """UTF-8 JSON of ``value`` with sorted keys; ``indent``: two spaces per level, one item a line.

    Tuples are arrays and dates ISO strings; NaN and infinities become ``null`` (JSON has no
    such numbers). ``default`` converts other objects or raises ``TypeError``.

    >>> dumps({"b": (1, 2), "a": None})
    b'{"a":null,"b":[1,2]}'
    """
    option = _SORTED | orjson.OPT_INDENT_2 if indent else _SORTED
    try:
        return orjson.dumps(value, default=default, option=option)
    except orjson.JSONEncodeError as exc:
        if not _too_big(exc):
            raise TypeError(str(exc)) from exc
    text = json.dumps(
        value,
        ensure_ascii=False,
        sort_keys=True,
        indent=2 if indent else None,
        separators=(",", ": ") if indent else (",", ":"),
        default=default,
    )
    return text.encode("utf-8")


def _too_big(exc: Exception) -> bool:
    return "64-bit" in str(exc) or "Integer exceeds" in str(exc)


def loads(data: bytes | str) -> Any:
    """Parse JSON text (raises :data:`JSONDecodeError`, a ``json.JSONDecodeError``, when malformed)."""
    return orjson.loads(data)
