"""User overrides for entity resolution, read from a small JSON file.

Format (every key optional)::

    {
      "force_merge": [["Kiev", "Kyiv"], ["UN", "United Nations"]],
      "never_merge": [["Valery Gerasimov", "Valery Zaluzhny"]],
      "preferred_name": {"Kiev": "Kyiv"}
    }

``force_merge`` lists groups of names (any alias) that are one entity; ``never_merge`` lists
pairs that must stay apart whatever the evidence; ``preferred_name`` maps an alias of an
entity to the canonical name it should carry. Names match case- and diacritic-insensitively.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .entities_keys import fold
from .errors import InputError

KEYS = ("force_merge", "never_merge", "preferred_name")


@dataclass(frozen=True)
class Overrides:
    """Validated user overrides (see module docstring for the JSON form)."""

    force_merge: tuple[tuple[str, ...], ...] = ()
    never_merge: tuple[tuple[str, str], ...] = ()
    preferred_name: tuple[tuple[str, str], ...] = ()  # (alias, canonical) pairs, sorted

    def never_pairs(self) -> frozenset[frozenset[str]]:
        """The never_merge pairs as sets of folded names."""
        return frozenset(frozenset((fold(a), fold(b))) for a, b in self.never_merge)

    def preferred(self) -> dict[str, str]:
        """Folded alias -> preferred canonical name."""
        return {fold(a): b for a, b in self.preferred_name}


def _names(path: str, key: str, value: Any, *, exact: int | None = None) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(path, f"{key}: expected a list of non-empty names, got {value!r}")
    if exact is not None and len(value) != exact:
        raise InputError(path, f"{key}: expected exactly {exact} names, got {len(value)}: {value!r}")
    if exact is None and len(value) < 2:
        raise InputError(path, f"{key}: a merge group needs at least 2 names, got {value!r}")
    return tuple(v.strip() for v in value)


def parse_overrides(data: Any, *, path: str = "<overrides>") -> Overrides:
    """Validate an already-decoded overrides object; errors name ``path`` and the key."""
    if not isinstance(data, dict):
        raise InputError(path, f"expected a JSON object with keys {', '.join(KEYS)}")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise InputError(path, f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(KEYS)}")
    force = data.get("force_merge", [])
    never = data.get("never_merge", [])
    preferred = data.get("preferred_name", {})
    if not isinstance(force, list):
        raise InputError(path, "force_merge: expected a list of lists of names")
    if not isinstance(never, list):
        raise InputError(path, "never_merge: expected a list of [name, name] pairs")
    if not isinstance(preferred, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip() for k, v in preferred.items()
    ):
        raise InputError(path, "preferred_name: expected an object mapping names to canonical names")
    groups = tuple(_names(path, f"force_merge[{i}]", g) for i, g in enumerate(force))
    pairs = tuple(_names(path, f"never_merge[{i}]", p, exact=2) for i, p in enumerate(never))
    forced_folded = [{fold(n) for n in g} for g in groups]
    for i, (a, b) in enumerate(pairs):
        if any(fold(a) in g and fold(b) in g for g in forced_folded):
            raise InputError(path, f"never_merge[{i}]: {a!r} and {b!r} are also in one force_merge group")
    return Overrides(
        force_merge=groups,
        never_merge=tuple((a, b) for a, b in pairs),  # type: ignore[misc]
        preferred_name=tuple(sorted((k.strip(), v.strip()) for k, v in preferred.items())),
    )


def load_overrides(path: str | Path) -> Overrides:
    """Read and validate an overrides JSON file.

    Raises :class:`~graphbuild.errors.InputError` naming the file and the offending key.
    """
    p = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(p, f"cannot read overrides file: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(p, f"not valid JSON: {exc.msg}", line=exc.lineno) from exc
    return parse_overrides(data, path=p)
