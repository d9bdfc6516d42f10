"""The explorer's data as JSON that can sit in a ``<script type="application/json">`` block.

Split from :mod:`html_data` (which re-exports :func:`to_plain`, :func:`script_safe_json` and
:func:`script_safe_json_bytes`). The page writer takes the JSON in pieces
(:func:`payload_json_pieces`): a payload of tens of MB is encoded a slice of its node and edge
lists at a time and each slice written before the next is encoded, so its buffers are reused
instead of the whole text being built in fresh memory (tens of thousands of page faults).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any, overload

import orjson

from graphbuild import _json
from graphbuild.errors import ExportError

__all__ = [
    "LazyList",
    "NotChunkable",
    "payload_json_pieces",
    "script_safe_json",
    "script_safe_json_bytes",
    "script_safe_json_pieces",
    "to_plain",
]


#: Nodes or edges encoded at a time by :func:`payload_json_pieces`: a slice's JSON (a few hundred
#: kB) fits in memory the process has just freed. Any value gives the same text.
CHUNK_ITEMS = 1000


class LazyList(Sequence[Any]):
    """A read-only list whose items ``build(start, stop)`` makes a slice at a time, each time asked.

    The page writer encodes a slice of the explorer's nodes or edges and lets it go before the next
    is built (:func:`payload_json_pieces`), so tens of thousands of dicts never exist at once and
    their memory is reused while it is still in the CPU cache. Encoders take it for the list it
    stands for.

    >>> squares = LazyList(4, lambda start, stop: [i * i for i in range(start, stop)])
    >>> squares[1:3], squares[-1], list(squares)
    ([1, 4], 9, [0, 1, 4, 9])
    """

    def __init__(self, length: int, build: Callable[[int, int], list[Any]]) -> None:
        self._length = length
        self._build = build

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            return self._build(start, max(start, stop)) if step == 1 else list(self)[index]
        position = index + self._length if index < 0 else index
        if not 0 <= position < self._length:
            raise IndexError("LazyList index out of range")
        return self._build(position, position + 1)[0]

    def __iter__(self) -> Iterator[Any]:
        for start in range(0, self._length, CHUNK_ITEMS):
            yield from self._build(start, min(start + CHUNK_ITEMS, self._length))


def _json_default(value: Any) -> Any:
    if isinstance(value, LazyList):
        return list(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_plain(value: Any) -> Any:
    """A deep, JSON-ready copy of an attribute value (never shares structure with the graph).

    Tuples and sets become lists, dates ISO strings; anything else that JSON cannot hold
    (objects, NaN, infinities) raises :class:`ExportError`.

    >>> to_plain({"spans": ((0, 5),), "when": date(2023, 12, 3)})
    {'spans': [[0, 5]], 'when': '2023-12-03'}
    """
    kind = type(value)  # exact-type fast paths first: this runs once per attribute value
    if value is None or kind is str or kind is int or kind is bool:
        return value
    if kind is dict:
        return {k if type(k) is str else str(k): to_plain(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [to_plain(v) for v in value]
    if isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"graph attribute value {value!r} cannot be written as JSON")
        return value
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    try:
        converted = _json_default(value)
    except TypeError as exc:
        raise ExportError(f"graph attribute value cannot be written as JSON: {exc}") from exc
    return to_plain(converted)


#: The ASCII characters that must not appear raw in a script element (as byte values) and their
#: JSON escapes.
_ASCII_ESCAPES = {ord("<"): b"\\u003c", ord(">"): b"\\u003e", ord("&"): b"\\u0026"}
#: The JavaScript line separators as UTF-8 bytes and their JSON escapes.
_SEPARATOR_ESCAPES = (("\u2028".encode(), b"\\u2028"), ("\u2029".encode(), b"\\u2029"))
#: Either line separator: one search finds both, where a substring test for each scans text
#: full of typographic quotes (which share their first two UTF-8 bytes) five times slower.
_SEPARATOR_RE = re.compile(b"\xe2\x80[\xa8\xa9]")  # U+2028 and U+2029 in UTF-8


def script_safe_json(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: no character can end the element.

    ``<``, ``>``, ``&`` and the JavaScript line separators only ever occur inside JSON
    strings, where their ``\\uXXXX`` escapes decode to the same text.

    >>> script_safe_json({"t": "</script>"})
    '{"t":"\\\\u003c/script\\\\u003e"}'
    """
    return script_safe_json_bytes(data).decode("utf-8")


def script_safe_json_bytes(data: Any) -> bytes:
    """:func:`script_safe_json` as UTF-8 bytes (what a page writer needs, without a decode and re-encode)."""
    return b"".join(script_safe_json_pieces(data))


def script_safe_json_pieces(data: Any) -> list[bytes | memoryview]:
    """:func:`script_safe_json_bytes` as pieces to write one after the other: a page writer
    need not join tens of MB into one more buffer."""
    try:
        # orjson straight away when every key is a string (about a quarter faster than with the
        # non-string-key option _json sets); the same text as _json.dumps gives for such data.
        raw = orjson.dumps(data, default=_json_default, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        try:
            raw = _json.dumps(data, default=_json_default)
        except TypeError as exc:
            raise ExportError(f"explorer data is not JSON serialisable: {exc}") from exc
    return _escaped_pieces(_separators_escaped(raw))


def _escaped_pieces(raw: bytes, begin: int = 0, end: int | None = None) -> list[bytes | memoryview]:
    """``raw[begin:end]`` with every byte of :data:`_ASCII_ESCAPES` replaced by its escape, as
    pieces: views of the text between those bytes, and the escapes. Each byte is found with
    ``bytes.find`` (memchr, several GB/s) instead of being replaced in three passes that each
    copy the text."""
    stop = len(raw) if end is None else end
    cuts: list[int] = []
    append = cuts.append
    find = raw.find
    for char in _ASCII_ESCAPES:
        at = find(char, begin, stop)
        while at >= 0:
            append(at)
            at = find(char, at + 1, stop)
    if not cuts and begin == 0 and stop == len(raw):
        return [raw]
    cuts.sort()
    view = memoryview(raw)
    escapes = _ASCII_ESCAPES
    pieces: list[bytes | memoryview] = []
    add = pieces.append
    last = begin
    for at in cuts:
        add(view[last:at])
        add(escapes[raw[at]])
        last = at + 1
    add(view[last:stop])
    return pieces


class NotChunkable(Exception):
    """:func:`payload_json_pieces` cannot give the payload's JSON a part at a time (something in it
    needs the whole-document fallback encoder): take :func:`script_safe_json_pieces` instead."""


def payload_json_pieces(
    payload: Mapping[str, Any], *, lists: tuple[str, ...] = ("nodes", "edges"), chunk: int = CHUNK_ITEMS
) -> Iterator[bytes | memoryview]:
    """The pieces of ``script_safe_json_bytes(payload)``, encoded as they are asked for: each
    top-level value on its own and the lists named in ``lists`` (lists or :class:`LazyList`)
    ``chunk`` items at a time.

    Every piece is the text the whole-document encoding has at that place: keys are sorted,
    JSON has no whitespace between values, and the escapes replace single characters.
    Raises :class:`NotChunkable` (possibly after some pieces) when a part needs the fallback
    encoder, whose text for a part may differ from its text for the whole (its floats and
    NaN), or when a top-level key is not a string.
    """
    if not all(type(key) is str for key in payload):
        raise NotChunkable("a top-level key is not a string")
    yield b"{"
    for i, key in enumerate(sorted(payload)):
        yield from _escaped_pieces(_separators_escaped((b"," if i else b"") + _encoded(key) + b":"))
        value = payload[key]
        if key in lists and (type(value) is list or isinstance(value, LazyList)) and value:
            yield b"["
            for start in range(0, len(value), chunk):
                if start:
                    yield b","
                raw = _separators_escaped(_encoded(value[start : start + chunk]))
                yield from _escaped_pieces(raw, 1, len(raw) - 1)  # without the brackets
            yield b"]"
        else:
            yield from _escaped_pieces(_separators_escaped(_encoded(value)))
    yield b"}"


def _encoded(value: Any) -> bytes:
    try:
        return orjson.dumps(value, default=_json_default, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError as exc:
        raise NotChunkable(str(exc)) from exc


def _separators_escaped(raw: bytes) -> bytes:
    # On the UTF-8 bytes (a multi-byte sequence never contains another character's bytes).
    # The separators are rare: replaced in the whole text when present.
    if _SEPARATOR_RE.search(raw) is not None:
        for char, escape in _SEPARATOR_ESCAPES:
            raw = raw.replace(char, escape)
    return raw
