"""TimeML in and out."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from graphbuild.errors import InputError
from graphbuild.temporal import annotate_dir, annotate_timeml, read_timeml

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" functionInDocument="CREATION_TIME">1998-02-13</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> that the AT&amp;T talks would last <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> &lt;sic&gt;.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml(tmp_path):
    p = tmp_path / "in" / "x1.tml"
    p.parent.mkdir()
    p.write_text(SAMPLE, encoding="utf-8")
    return p


def test_read_timeml(tml):
    text, dct, gold = read_timeml(tml)
    assert dct == date(1998, 2, 13)
    assert [(g.text, g.type, g.value) for g in gold] == [
        ("Friday", "DATE", "1998-02-13"),
        ("two days", "DURATION", "P2D"),
    ]
    assert all(text[g.start : g.end] == g.text for g in gold)
    assert "AT&T" in text and "<sic>" in text


def test_annotate_round_trips(tml, tmp_path):
    out = tmp_path / "out" / "x1.tml"
    n = annotate_timeml(tml, out)
    text, dct, ours = read_timeml(out)
    gold_text, _, _ = read_timeml(tml)
    assert text == gold_text
    assert dct == date(1998, 2, 13)
    assert n == len(ours) == 2
    assert [(t.text, t.value) for t in ours] == [("Friday", "1998-02-13"), ("two days", "P2D")]
    root = ET.parse(out).getroot()
    assert root.find("TEXT").find("EVENT") is None  # old annotation inside TEXT is dropped
    assert root.find("DCT/TIMEX3").get("tid") == "t0"


def test_annotate_dir(tml, tmp_path):
    assert annotate_dir(tml.parent, tmp_path / "o") == 1
    assert (tmp_path / "o" / "x1.tml").exists()


def test_bad_input(tmp_path):
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.tml"):
        read_timeml(bad)
    with pytest.raises(InputError):
        annotate_dir(tmp_path / "missing", tmp_path / "o")
