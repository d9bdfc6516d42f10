"""The shortcuts of the cross-document stages give what the plain code gives.

merge_statements skips pairs sharing fewer than MIN_SHARED_WORDS words (bar identical contents and
different figures), which holds only while every test that joins reports asks for that many; statement
ids are numbered without sorting every statement by its first report; graph.json's objects are copies
of the attribute dicts given their ends.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import combinations

import pytest
from helpers import make_report

from graphbuild import crossdoc
from graphbuild.crossdoc import MIN_SHARED_WORDS, MentionIndex, _similar, merge_statements
from graphbuild.crossdoc_occasion import NEAR_OCCASION, OPEN_OCCASION, SAME_OCCASION
from graphbuild.crossdoc_statements import with_unique_ids
from graphbuild.crossdoc_tokens import content_features
from graphbuild.crossdoc_utterance import SHARED_KEYS_MIN, _restates, _same_utterance
from graphbuild.model import Statement


@pytest.mark.parametrize("across", [False, True])
@pytest.mark.parametrize("names", [False, True])
def test_similar_needs_more_than_one_shared_word_unless_the_same(across, names):
    for na in range(1, 9):
        for nb in range(1, 9):
            a = frozenset({"same", *(f"a{k}" for k in range(na - 1))})
            b = frozenset({"same", *(f"b{k}" for k in range(nb - 1))})
            if a == b:
                continue  # the same content words: merged whatever their number
            common_a, common_b = (frozenset(), frozenset()) if names else (a, b)
            assert len(a & b) < MIN_SHARED_WORDS
            assert not _similar((a, common_a), (b, common_b), across_documents=across)


def test_occasion_tests_need_the_shared_key_words():
    assert MIN_SHARED_WORDS <= SHARED_KEYS_MIN
    fa = content_features("The ministry will open the northern bridge to traffic in spring")
    fb = content_features("Officials expect the bridge repairs to last for months")
    assert len(fa.key & fb.key) < SHARED_KEYS_MIN
    for occasion in (SAME_OCCASION, NEAR_OCCASION, OPEN_OCCASION):
        assert _same_utterance(fa, fb, occasion) == 0.0
    assert _restates(fa, fb) == 0.0 and _restates(fb, fa) == 0.0


_REPORTS = [
    ("a", "yes"),
    ("b", "yes"),  # one content word each, the same: one statement
    ("c", "Yes."),
    ("a", "prices will rise by 5 percent next year", 10),
    ("b", "prices would rise by 5 percent next year", 10),
    ("c", "costs will climb 12 percent", 10),
    ("d", "more than 200 people were hurt", 50),
    ("e", "212 were hurt in the blast", 50),  # different figures: one figure after alignment
    ("f", "the bridge will open in spring", 90),
    ("g", "traffic will return to the bridge", 90),  # one shared word
    ("h", "the bridge will open this spring, officials said", 90),
    ("i", "strikers blocked the port", 130),
    ("j", "strikers blocked the highway", 130),  # two shared words: one statement
]


def _merged(monkeypatch, bar):
    monkeypatch.setattr(crossdoc, "MIN_SHARED_WORDS", bar)
    reports = [make_report(d, text, n=n[0] if n else 0, said=date(2024, 5, 2)) for d, text, *n in _REPORTS]
    return merge_statements(reports, speaker_of=lambda a: a.speaker, mentions=MentionIndex({}))


def test_skipping_pairs_with_one_shared_word_changes_nothing(monkeypatch):
    assert _merged(monkeypatch, MIN_SHARED_WORDS) == _merged(monkeypatch, 0)
    assert _merged(monkeypatch, MIN_SHARED_WORDS + 1) != _merged(monkeypatch, 0)  # the examples tell


def _reference_unique_ids(statements):
    statements = sorted(statements, key=lambda s: (s.id, s.reports[0].doc_id, s.reports[0].content))
    out, seen = [], {}
    for s in statements:
        n = seen.get(s.id, 0)
        seen[s.id] = n + 1
        out.append(s if n == 0 else replace(s, id=f"{s.id}-{n}"))
    return sorted(out, key=lambda s: s.id)


def test_unique_ids_number_clusters_by_their_first_report():
    base = Statement("stmt:a", None, None, "t", "direct", None, None, None, ())
    statements = []
    for k in range(13):  # 13 of one id: "-10" sorts before "-2"
        report = make_report(f"{(k * 7) % 13:02d}", "words", n=k)
        statements.append(replace(base, reports=(report,)))
    statements += [replace(base, id="stmt:b", reports=(make_report("x", "w"),))]
    statements += [replace(base, id="stmt:0", reports=(make_report(d, "w"),)) for d in "zyx"]
    got = with_unique_ids(list(reversed(statements)))
    assert got == _reference_unique_ids(statements)
    assert len({s.id for s in got}) == len(got)


def test_unique_ids_keep_the_order_of_equal_first_reports():
    report = make_report("d", "words")
    pairs = [Statement("stmt:a", None, None, t, "direct", None, None, None, (report,)) for t in "pqr"]
    for first, second in combinations(pairs, 2):
        assert with_unique_ids([first, second]) == _reference_unique_ids([first, second])


def test_graph_json_objects_keep_an_attribute_named_like_an_end():
    import json

    import networkx as nx

    from graphbuild.graph import to_json_bytes

    g = nx.MultiDiGraph()
    g.add_node("a", kind="Document", id="shadow")
    g.add_edge("a", "b", key="k", kind="X", source="s")
    g.add_edge("b", "a", key="MENTIONS", kind="MENTIONS", target="t")
    g["b"]["a"]["MENTIONS"]["key"] = "inner"
    data = json.loads(to_json_bytes(g))
    assert [n["id"] for n in data["nodes"]] == ["shadow", "b"]  # as in {"id": n, **attrs}
    assert [(e["source"], e["target"], e["key"]) for e in data["edges"]] == [
        ("s", "b", "k"),
        ("b", "t", "inner"),
    ]
