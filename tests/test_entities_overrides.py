"""Overrides file: validation errors name the file and key; overrides steer resolution."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild.entities import Overrides, load_overrides, resolve_entities
from graphbuild.errors import InputError
from graphbuild.model import Mention


def write(tmp_path: Path, data: object) -> Path:
    p = tmp_path / "overrides.json"
    p.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return p


def test_load_valid_file(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        {
            "force_merge": [["Foo Holdings", "Bar Group"]],
            "never_merge": [["Valery Zaluzhny", "Valery Zalozhny"]],
            "preferred_name": {"Kiev": "Kyiv"},
        },
    )
    o = load_overrides(p)
    assert o.force_merge == (("Foo Holdings", "Bar Group"),)
    assert o.never_merge == (("Valery Zaluzhny", "Valery Zalozhny"),)
    assert o.preferred_name == (("Kiev", "Kyiv"),)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        ({"force_merg": []}, "force_merg"),
        ({"force_merge": "Kiev"}, "force_merge"),
        ({"force_merge": [["Kiev"]]}, "force_merge[0]"),
        ({"never_merge": [["a", "b", "c"]]}, "never_merge[0]"),
        ({"never_merge": [["a", 3]]}, "never_merge[0]"),
        ({"preferred_name": ["Kiev", "Kyiv"]}, "preferred_name"),
        ({"force_merge": [["a", "b"]], "never_merge": [["A", "b"]]}, "never_merge[0]"),
        ([], "JSON object"),
        ("{not json", "not valid JSON"),
    ],
)
def test_invalid_files_name_file_and_key(tmp_path: Path, data: object, needle: str) -> None:
    p = write(tmp_path, data)
    with pytest.raises(InputError) as err:
        load_overrides(p)
    assert str(p) in str(err.value)
    assert needle in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_overrides(tmp_path / "nope.json")


def _ms() -> list[Mention]:
    names = [
        ("doc:1", "Valery Zaluzhny", "PERSON"),
        ("doc:2", "Valery Zalozhny", "PERSON"),
        ("doc:3", "Foo Holdings", "ORG"),
        ("doc:4", "Bar Group", "ORG"),
        ("doc:5", "Kiev", "GPE"),
        ("doc:5", "Kiev", "GPE"),
        ("doc:6", "Kyiv", "GPE"),
    ]
    return [Mention(d, i * 20, i * 20 + len(t), t, lab) for i, (d, t, lab) in enumerate(names)]


def test_overrides_apply() -> None:
    plain = resolve_entities(_ms())
    assert plain.find("Valery Zaluzhny") == plain.find("Valery Zalozhny")
    assert plain.find("Foo Holdings") != plain.find("Bar Group")
    assert plain.entity(plain.find("Kyiv") or "").name == "Kiev"  # type: ignore[union-attr]

    o = Overrides(
        force_merge=(("Foo Holdings", "Bar Group"),),
        never_merge=(("Valery Zaluzhny", "Valery Zalozhny"),),
        preferred_name=(("Kiev", "Kyiv"),),
    )
    res = resolve_entities(_ms(), overrides=o)
    assert res.find("Valery Zaluzhny") != res.find("Valery Zalozhny")
    merged = res.entity(res.find("Bar Group") or "")
    assert merged is not None and res.find("Foo Holdings") == merged.id
    assert any("force_merge" in e for e in merged.evidence)
    kyiv = res.entity(res.find("Kiev") or "")
    assert kyiv is not None and kyiv.name == "Kyiv"
