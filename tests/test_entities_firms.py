"""Firm names cut at their "and", and wire markup in name spans, with the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from graphbuild.entities import KEEP_LABELS, extract_mentions, resolve_entities
from graphbuild.entities_firms import bracket_free_part, partnership_names
from graphbuild.model import Document, Mention


def mentions_of(nlp: Any, text: str) -> list[Mention]:
    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt")
    return extract_mentions(document, nlp(document.analysis_text))


def names(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in mentions_of(nlp, text)]


def test_a_firm_named_with_and_before_its_legal_form_is_one_organisation(nlp: Any) -> None:
    text = (
        "NEW YORK, March 3 - Standard and Poor's Corp said it lowered the debt ratings of the company. "
        "Standard and Poor's said the outlook was negative.\n"
    )
    found = names(nlp, text)
    texts = [t for t, _ in found]
    assert ("Standard and Poor's Corp", "ORG") in found, found
    # written again without its legal form, where the tagger cuts it the same way
    assert "Standard and Poor" in texts, found
    assert not {"Poor's Corp", "Poor's", "Poor", "Standard"} & set(texts), found
    assert not any(t.startswith("March") and "Standard" in t for t in texts), found
    res = resolve_entities(mentions_of(nlp, text))
    assert res.find("Standard and Poor's Corp") == res.find("Standard and Poor")


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("IBM and Digital Equipment Corp said they would cooperate.", ("IBM", "Digital Equipment Corp")),
        (
            "Carl Icahn and Trans World Airlines Inc said talks ended.",
            ("Carl Icahn", "Trans World Airlines Inc"),
        ),
        ("Britain and Nissan Motor Co signed the accord.", ("Britain", "Nissan Motor Co")),
        ("Chrysler and American Motors Corp agreed on terms.", ("Chrysler", "American Motors Corp")),
    ],
)
def test_two_names_listed_with_and_stay_two(nlp: Any, text: str, apart: tuple[str, str]) -> None:
    texts = [t for t, _ in names(nlp, text)]
    for name in apart:
        assert name in texts, texts
    assert not any(" and " in t for t in texts), texts


def test_a_common_noun_before_the_and_is_no_part_of_the_firm(nlp: Any) -> None:
    doc = nlp("Analysts and Salomon Brothers Inc said the market fell.")
    spans = [s.text for s in partnership_names(doc, KEEP_LABELS)]
    assert spans == ["Salomon Brothers Inc"], spans


def test_a_possessive_without_a_legal_form_joins_nothing(nlp: Any) -> None:
    # "Iran and China's": two names, whatever the tagger makes of them; no legal form, no join
    texts = [t for t, _ in names(nlp, "Iran and China's trade talks resumed on Monday.")]
    assert not any(" and " in t for t in texts), texts


def test_angle_brackets_are_never_part_of_a_name(nlp: Any) -> None:
    text = (
        "TRANS WORLD AIRLINES <TWA> CONFIRMS OWNERSHIP OF USAIR\n\n"
        "Shares of <Boeing Co> rose. The European Community <EC> said it agreed. "
        "<FPC> First Boston Corp said it would buy the bonds.\n"
    )
    found = mentions_of(nlp, text)
    assert all("<" not in m.text and ">" not in m.text for m in found), found
    texts = {m.text for m in found}
    assert {"TWA", "Boeing Co", "EC", "First Boston Corp"} <= texts, texts
    for m in found:
        assert text[m.start : m.end] == m.text


def test_bracket_free_part_keeps_the_mixed_case_part_else_the_first(nlp: Any) -> None:
    doc = nlp("<FPC> First Boston Corp said. TWA> CONFIRMS OWNERSHIP OF it.")
    words = [t.text for t in doc]

    def part(first: int, last: int) -> str:
        s, e = bracket_free_part(doc, first, last)
        return doc[s:e].text

    fpc = words.index("FPC")
    assert part(fpc - 1, words.index("Corp") + 1) == "First Boston Corp"
    twa = words.index("TWA")
    assert part(twa, words.index("OF") + 1) == "TWA"
    assert part(fpc - 1, fpc + 2) == "FPC"


def test_a_firm_that_speaks_after_a_wire_dateline_is_an_entity_and_the_speaker(nlp: Any) -> None:
    """The small model runs the dateline's date on into the firm after it ("March 3 - Fruit of the
    Loom Inc" as one date): the firm, written as its report's source with a legal form, is an
    organisation anyway, speaks that report, and is "the company" that speaks next."""
    from datetime import date

    from helpers import make_doc

    from graphbuild.pipeline import analyse_documents, assemble_graph

    text = (
        "FRUIT OF THE LOOM OFFERS NOTES\n\n"
        "NEW YORK, March 3 - Fruit of the Loom Inc said it is offering 60 mln dlrs of notes due 1995.\n"
        "    The company said proceeds will be used to repay bank debt.\n"
    )
    graph = assemble_graph(
        list(analyse_documents([make_doc(text, published=date(1987, 3, 3))], nlp, n_process=1))
    )
    nodes = dict(graph.nodes(data=True))
    firm = [n for n, d in nodes.items() if d.get("kind") == "Entity" and d["name"] == "Fruit of the Loom Inc"]
    assert firm and nodes[firm[0]]["type"] == "ORG", [d.get("name") for d in nodes.values()]
    said = sorted(
        nodes[s]["text"][:20] for _, s, d in graph.out_edges(firm[0], data=True) if d["kind"] == "SAID"
    )
    assert said == ["it is offering 60 ml", "proceeds will be use"], said


@pytest.mark.parametrize(
    ("source", "added"),
    [
        ("Vitronics Corp", ["Vitronics Corp"]),
        ("<Metal Traders Australasia Ltd", ["Metal Traders Australasia Ltd"]),
        ("The Acme Corp", ["Acme Corp"]),
        ("Fruit of the Loom Inc", ["Fruit of the Loom Inc"]),
        ("Analysts at Smith Barney Inc", []),  # a phrase, not a name
        ("the company", []),
        ("Acme", []),  # no legal form: nothing says it is a firm
    ],
)
def test_a_speaking_firm_is_added_only_when_its_source_is_a_firm_name(source: str, added: list[str]) -> None:
    from graphbuild.entities_firms import with_speaker_firms
    from graphbuild.model import Attribution

    text = f"{source} said profits rose."
    document = Document(id="doc:x", text=text, title="", path="x.txt")
    content = (len(source) + 6, len(text) - 1)
    att = Attribution("doc:x", content, text[content[0] : content[1]], "indirect", source=(0, len(source)))
    assert [m.text for m in with_speaker_firms(document, [], [att])] == added
    # a name the tagger found is not added again
    tagged = [Mention("doc:x", 0, len(source), source, "ORG")]
    assert with_speaker_firms(document, tagged, [att]) == tuple(tagged)
