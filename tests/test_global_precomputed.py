"""What the per-document stage computes for the global step (entity items and links, report
claims): stored, read back, never stale, and the global step's result is the same with or without it."""

from __future__ import annotations

import dataclasses
import math
from datetime import date
from pathlib import Path
from typing import Any

import orjson
from helpers import make_attr, make_doc
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild import crossdoc_claims_stored, entities_documents
from graphbuild.cache import AnalysisCache
from graphbuild.crossdoc import MentionIndex, find_conflicts, merge_statements
from graphbuild.crossdoc_conflicts import numeric_claims, report_claims
from graphbuild.entities import parse_overrides, resolve_entities, resolve_prepared
from graphbuild.entities_extract import TitledMention
from graphbuild.model import DocumentAnalysis, Mention
from graphbuild.nlp import model_version
from graphbuild.pipeline import (
    ENTITY_ITEMS,
    REPORT_CLAIMS,
    analyse_documents,
    assemble_graph,
    ingest_inputs,
    precomputed_report_claims,
    resolve_analyses,
)
from graphbuild.pipeline_stored import Decoded

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _mentions(doc_id: str, spans: list[tuple[str, str]]) -> list[Mention]:
    out: list[Mention] = []
    at = 0
    for text, label in spans:
        if label == "TITLED":
            out.append(TitledMention(doc_id, at, at + len(text), text, "PERSON", "Foreign Minister"))
        else:
            out.append(Mention(doc_id, at, at + len(text), text, label))
        at += len(text) + 3
    return out


#: Three documents with every kind of step-1 link (surname, honorific, prefix and suffix of a longer
#: name), titles, a legal form and a duplicate mention; names repeat across documents.
DOCS = {
    "doc:a": [
        ("Jens Stoltenberg", "TITLED"),
        ("Ford Motor Company", "ORG"),
        ("Mr. Stoltenberg", "PERSON"),
        ("Ford", "ORG"),
        ("Apple Inc.", "ORG"),
        ("the U.S. automaker GM", "ORG"),
        ("Washington", "GPE"),
    ],
    "doc:b": [
        ("Stoltenberg", "PERSON"),
        ("Boston University", "ORG"),
        ("Boston University School of Public Health", "ORG"),
        ("Apple", "ORG"),
        ("Ford", "ORG"),
        ("Kyiv", "GPE"),
    ],
    "doc:c": [
        ("Volodymyr Zelensky", "PERSON"),
        ("President Zelenskyy", "PERSON"),
        ("North Atlantic Treaty Organization", "ORG"),
        ("NATO", "ORG"),
        ("Kiev", "GPE"),
        ("Congress", "ORG"),
        ("Congress of the Philippines", "ORG"),
    ],
}


def _all_mentions() -> dict[str, list[Mention]]:
    out = {doc_id: _mentions(doc_id, spans) for doc_id, spans in DOCS.items()}
    out["doc:a"].append(out["doc:a"][0])  # the same mention twice is one item
    return out


def _through_json(data: Any) -> Any:
    # what the analysis cache does to it (orjson, as the cache writes; infinities must survive)
    return orjson.loads(orjson.dumps(data))


def test_stored_items_equal_the_prepared_ones() -> None:
    for mentions in _all_mentions().values():
        prepared = entities_documents.prepare_document(mentions)
        stored = _through_json(entities_documents.encode(mentions, prepared))
        assert entities_documents.decode(stored, mentions) == prepared
    a = entities_documents.prepare_document(_all_mentions()["doc:a"])
    linked = {(a.items[i].mention.text, a.items[j].mention.text) for i, j in a.links()}
    assert ("Mr. Stoltenberg", "Jens Stoltenberg") in linked and ("Ford", "Ford Motor Company") in linked


def test_items_stored_by_other_code_or_for_other_mentions_are_not_used() -> None:
    mentions = _all_mentions()["doc:a"]
    data = _through_json(entities_documents.encode(mentions, entities_documents.prepare_document(mentions)))
    assert entities_documents.decode({**data, "version": "other code"}, mentions) is None
    assert entities_documents.decode(data, mentions[:2]) is None  # mention indexes out of range
    assert entities_documents.decode({**data, "options": [[0, 99, 1, []]]}, mentions) is None
    assert entities_documents.decode({**data, "options": [[0, -1, 0, [99]]]}, mentions) is None
    assert entities_documents.decode({**data, "items": [["x", "y"]]}, mentions) is None
    assert entities_documents.decode(None, mentions) is None


def _analyses(mentions: dict[str, list[Mention]], *, stored: bool) -> list[DocumentAnalysis]:
    out = []
    for k, (doc_id, ms) in enumerate(sorted(mentions.items())):
        document = dataclasses.replace(make_doc(f"Document {k}."), id=doc_id)
        extra = {}
        if stored:
            prepared = entities_documents.prepare_document(ms)
            extra[ENTITY_ITEMS] = _through_json(entities_documents.encode(ms, prepared))
        out.append(DocumentAnalysis(document, tuple(ms), (), (), (), extra))
    return out


def test_resolving_prepared_documents_equals_resolving_all_mentions() -> None:
    mentions = _all_mentions()
    expected = resolve_entities([m for ms in reversed(mentions.values()) for m in ms]).entities
    prepared = [entities_documents.prepare_document(mentions[d]) for d in sorted(mentions)]
    assert resolve_prepared(prepared).entities == expected
    assert resolve_analyses(_analyses(mentions, stored=True)).entities == expected
    assert resolve_analyses(_analyses(mentions, stored=False)).entities == expected
    # the evidence of the links made from stored data is there too
    evidence = " ".join(w for e in expected for w in e.evidence)
    assert "shortened form in doc:a" in evidence


_NAMES = [
    ("Anna Petrova", "PERSON"),
    ("Petrova", "PERSON"),
    ("Ms. Petrova", "ORG"),
    ("Anna Petrowa", "PERSON"),
    ("Petrov", "PERSON"),
    ("Ford", "ORG"),
    ("Ford Motor", "ORG"),
    ("Ford Motor Company", "ORG"),
    ("Kiev", "GPE"),
    ("Kyiv", "GPE"),
    ("Washington", "GPE"),
    ("Washington Post", "ORG"),
    ("European Union", "ORG"),
    ("EU", "ORG"),
    ("Union", "ORG"),
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_NAMES), max_size=6), min_size=1, max_size=4))
def test_stored_and_computed_items_resolve_alike_on_any_documents(docs: list[list[tuple[str, str]]]) -> None:
    mentions = {f"doc:{k}": _mentions(f"doc:{k}", spans) for k, spans in enumerate(docs)}
    expected = resolve_entities([m for ms in mentions.values() for m in ms]).entities
    assert resolve_analyses(_analyses(mentions, stored=True)).entities == expected
    assert resolve_analyses(_analyses(mentions, stored=False)).entities == expected


def test_analyses_sharing_a_document_id_are_resolved_from_their_mentions() -> None:
    mentions = _all_mentions()
    analyses = _analyses(mentions, stored=True)
    twice = [*analyses, analyses[0]]
    expected = resolve_entities([m for a in twice for m in a.mentions]).entities
    assert resolve_analyses(twice).entities == expected


CLAIM_TEXTS = [
    "at least 40 miners were killed in the blast",
    "nearly 25 miners were killed in the blast and 1,200 people were displaced",
    "the company lost $3.5 million, or about 12 percent",
    "a 60-year-old man died",
    "",
]


def test_stored_claims_equal_what_conflicts_would_read() -> None:
    stored = crossdoc_claims_stored.decode(
        _through_json(crossdoc_claims_stored.encode(CLAIM_TEXTS)), CLAIM_TEXTS
    )
    assert stored == {text: report_claims(text) for text in CLAIM_TEXTS}
    assert any(math.isinf(claim[6]) for claim in stored[CLAIM_TEXTS[0]])  # "at least": no upper bound
    assert stored[CLAIM_TEXTS[1]] and not stored[CLAIM_TEXTS[3]]


def test_claims_stored_by_other_code_are_not_used() -> None:
    data = _through_json(crossdoc_claims_stored.encode(CLAIM_TEXTS))
    assert crossdoc_claims_stored.decode({**data, "version": "other code"}, CLAIM_TEXTS) == {}
    assert crossdoc_claims_stored.decode(data, CLAIM_TEXTS[:2]) == {}
    assert crossdoc_claims_stored.decode({**data, "reports": [[["x"]]] * 5}, CLAIM_TEXTS) == {}
    assert crossdoc_claims_stored.decode(None, CLAIM_TEXTS) == {}


def test_conflicts_from_stored_claims_equal_conflicts_read_on_the_spot() -> None:
    d1 = make_doc(
        "Ruiz said at least 40 miners were killed in the blast.", outlet="A", published=date(2025, 3, 2)
    )
    d2 = make_doc(
        "Ruiz said nearly 25 miners were killed in the blast.", outlet="B", published=date(2025, 3, 3)
    )
    index = MentionIndex({d.id: [(0, 4, "ent:ruiz")] for d in (d1, d2)})
    attrs = [
        make_attr(d1, "at least 40 miners were killed in the blast", speaker="Ruiz", mode="indirect"),
        make_attr(d2, "nearly 25 miners were killed in the blast", speaker="Ruiz", mode="indirect"),
    ]
    statements = merge_statements(attrs, speaker_of=lambda a: "ent:ruiz", mentions=index)
    published = {d1.id: "2025-03-02", d2.id: "2025-03-03"}
    stored = crossdoc_claims_stored.decode(
        _through_json(crossdoc_claims_stored.encode([a.content_text for a in attrs])),
        [a.content_text for a in attrs],
    )
    found = find_conflicts(statements, published=published)
    assert found and find_conflicts(statements, published=published, precomputed=stored) == found
    for s in statements:
        assert numeric_claims(s, stored) == numeric_claims(s)


def test_stored_data_travels_through_the_cache_and_gives_the_same_graph(nlp: Any, tmp_path: Path) -> None:
    documents = ingest_inputs([SEEDS], cache_dir=None, timings={}).documents
    cache = AnalysisCache(tmp_path, model_version(nlp))
    list(analyse_documents(documents, nlp, cache=cache, n_process=1))
    cached = list(analyse_documents(documents, nlp, cache=cache, n_process=1))
    assert cache.hits == len(documents)
    for a in cached:
        assert entities_documents.decode(a.extra.get(ENTITY_ITEMS), a.mentions) == (
            entities_documents.prepare_document(a.mentions)
        )
    texts = {att.content_text for a in cached for att in a.attributions}
    assert texts and set(precomputed_report_claims(cached)) == texts
    stripped = [
        dataclasses.replace(
            a, extra={k: v for k, v in a.extra.items() if k not in (ENTITY_ITEMS, REPORT_CLAIMS)}
        )
        for a in cached
    ]
    assert precomputed_report_claims(stripped) == {}
    from graphbuild.graph import to_json_bytes

    assert to_json_bytes(assemble_graph(cached)) == to_json_bytes(assemble_graph(stripped))
    # decoded ahead, as a build does while workers parse new documents: the same graph
    decoded = Decoded()
    for a in cached:
        decoded.add(a)
    first = decoded.of(cached[0])
    assert first.items is not None and decoded.of(cached[0]) is first  # decoded once, then read
    other = dataclasses.replace(cached[0])  # another analysis object: decoded on its own
    again = decoded.of(other)
    assert again is not first and (again.items, again.features, again.claims) == (
        first.items,
        first.features,
        first.claims,
    )
    assert to_json_bytes(assemble_graph(cached, decoded=decoded)) == to_json_bytes(assemble_graph(cached))


def test_stored_links_pass_the_same_override_guards() -> None:
    overrides = parse_overrides(
        {
            "never_merge": [["Mr. Stoltenberg", "Jens Stoltenberg"], ["Ford", "Ford Motor Company"]],
            "force_merge": [["Kiev", "Kyiv"]],
            "preferred_name": {"Kiev": "Kyiv"},
        }
    )
    mentions = _all_mentions()
    expected = resolve_entities([m for ms in mentions.values() for m in ms], overrides=overrides).entities
    assert resolve_analyses(_analyses(mentions, stored=True), overrides=overrides).entities == expected
    assert expected != resolve_entities([m for ms in mentions.values() for m in ms]).entities
