"""Names the tagger tagged in one place and missed in another (:mod:`graphbuild.entities_recall`).

Unit tests feed hand-made analyses to :func:`recalled_mentions`; the others parse real text with
the real spaCy pipeline and check that the model did leave the names untagged, so a model that
tags them everywhere shows up as a failed precondition rather than a test that cannot fail.
"""

from __future__ import annotations

from typing import Any

from helpers import make_doc

from graphbuild.entities import resolve_entities
from graphbuild.entities_recall import NAME_RUNS, name_runs, recalled_mentions, with_recalled
from graphbuild.model import DocumentAnalysis, Mention
from graphbuild.pipeline import analyse_documents, assemble_graph
from graphbuild.pipeline_stored import resolve_analyses

#: "Elsworth Terminals" opens the first sentence untagged and is tagged in the last; "Elsworth" alone
#: is tagged nowhere here.
STRIKE = (
    "Elsworth Terminals cut overtime pay in May. Dockers at Elsworth walked out on Monday. "
    "The union said Elsworth Terminals had refused to talk."
)
#: Another outlet tags "Elsworth" as a name.
OPERATOR = (
    "The port operator, Elsworth Terminals, said the strike at the port of Elsworth would cost millions."
)


def _analysis(text: str, mentions: list[tuple[str, str]], runs: list[str], cue: int = 0) -> DocumentAnalysis:
    """An analysis of ``text`` with mentions (words, label) and name runs (words), each at its first
    place; ``cue``: each run's usage-cue code (as :func:`name_runs` stores it, 0 for none)."""
    doc = make_doc(text)

    def at(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    found = tuple(Mention(doc.id, *at(w), w, label) for w, label in mentions)
    return DocumentAnalysis(
        doc, found, (), (), (), {NAME_RUNS: [[*at(w), int(text.startswith(w)), cue] for w in runs]}
    )


def _recalled(*analyses: DocumentAnalysis) -> list[tuple[str, str, str, str]]:
    """(mention, its label, the entity's name, document id) of every mention recalled from ``analyses``."""
    resolution = resolve_entities([m for a in analyses for m in a.mentions])
    names = {e.id: e.name for e in resolution.entities}
    found = recalled_mentions(resolution.entities, analyses)
    return sorted((m.text, m.label, names[eid], m.doc_id) for eid, ms in found.items() for m in ms)


def test_a_name_tagged_in_one_document_is_a_mention_where_another_writes_it_untagged() -> None:
    a = _analysis("Saltmere Terminals said talks failed.", [("Saltmere Terminals", "ORG")], [])
    b = _analysis("Dockers struck at Saltmere Terminals.", [], ["Saltmere Terminals"])
    assert _recalled(a, b) == [("Saltmere Terminals", "ORG", "Saltmere Terminals", b.document.id)]


def test_only_a_whole_name_is_recalled() -> None:
    a = _analysis("Saltmere Terminals said talks failed.", [("Saltmere Terminals", "ORG")], [])
    b = _analysis("Dockers struck at Saltmere on Monday.", [], ["Saltmere"])
    assert _recalled(a, b) == []


def test_a_surname_after_a_full_name_in_its_document_is_the_person() -> None:
    # the name tagged elsewhere as something else does not outvote the person named in the same document
    a = _analysis(
        "Mediator Greta Holm met both sides. Holm said talks resume.", [("Greta Holm", "PERSON")], ["Holm"]
    )
    b = _analysis("Holm Shipping said it would sue.", [("Holm", "ORG")], [])
    assert _recalled(a, b) == [("Holm", "PERSON", "Greta Holm", a.document.id)]


def test_a_surname_that_also_opens_a_firm_s_name_in_its_document_is_not_the_person() -> None:
    a = _analysis(
        "Dudley Taft may bid for Taft Broadcasting Co. He could bid for Taft soon.",
        [("Dudley Taft", "PERSON"), ("Taft Broadcasting Co", "ORG")],
        [],
    )
    run = a.document.text.rindex("Taft")
    a = DocumentAnalysis(a.document, a.mentions, (), (), (), {NAME_RUNS: [[run, run + 4, 0]]})
    assert _recalled(a) == []


def test_a_word_opening_a_sentence_that_its_own_document_tags_elsewhere_is_recalled() -> None:
    a = _analysis("Parts for Veltra ran short. Veltra said it would cut output.", [("Veltra", "ORG")], [])
    run = a.document.text.rindex("Veltra")
    a = DocumentAnalysis(a.document, a.mentions, (), (), (), {NAME_RUNS: [[run, run + 6, 1, 0]]})
    assert _recalled(a) == [("Veltra", "ORG", "Veltra", a.document.id)]


def test_a_name_two_entities_hold_goes_to_the_one_its_document_names_else_to_none() -> None:
    person = _analysis(
        "Ana Veltra said so. Veltra later left.", [("Ana Veltra", "PERSON"), ("Veltra", "PERSON")], []
    )
    firms = [_analysis(f"Veltra said it would cut output ({k}).", [("Veltra", "ORG")], []) for k in range(3)]
    resolution = resolve_entities([m for a in (person, *firms) for m in a.mentions])
    assert sorted(e.name for e in resolution.entities) == [
        "Ana Veltra",
        "Veltra",
    ]  # two entities hold "Veltra"
    elsewhere = _analysis("Parts for Veltra ran short.", [], ["Veltra"])
    assert _recalled(person, *firms, elsewhere) == []  # the firm or the person: not known which
    assert _recalled(*firms, elsewhere) == [("Veltra", "ORG", "Veltra", elsewhere.document.id)]
    with_the_firm = _analysis("Veltra shares rose. Parts for Veltra ran short.", [("Veltra", "ORG")], [])
    with_the_firm = DocumentAnalysis(
        with_the_firm.document,
        with_the_firm.mentions,
        (),
        (),
        (),
        {
            NAME_RUNS: [
                [
                    with_the_firm.document.text.rindex("Veltra"),
                    with_the_firm.document.text.rindex("Veltra") + 6,
                    0,
                    0,
                ]
            ]
        },
    )
    assert _recalled(person, *firms, with_the_firm) == [
        ("Veltra", "ORG", "Veltra", with_the_firm.document.id)
    ]
    # in a document that names the person in full, the bare name is the person's
    beside_the_person = _analysis(
        "The board met Veltra later. Ana Veltra quit.", [("Ana Veltra", "PERSON")], ["Veltra"]
    )
    found = _recalled(person, *firms, beside_the_person)
    assert [(m, label, name) for m, label, name, _ in found] == [("Veltra", "PERSON", "Ana Veltra")]


def test_recalled_mentions_join_entities_without_changing_their_names_or_types() -> None:
    tagged = [
        _analysis(f"Dome Mines Ltd said it would sell ({k}).", [("Dome Mines Ltd", "ORG")], [])
        for k in range(2)
    ]
    short = [_analysis(f"Shares of Dome Mines fell ({k}).", [("Dome Mines", "PERSON")], []) for k in range(1)]
    untagged = [_analysis(f"Traders sold Dome Mines on Friday ({k}).", [], ["Dome Mines"]) for k in range(5)]
    every = [*tagged, *short, *untagged]
    before = resolve_entities([m for a in every for m in a.mentions])
    after = with_recalled(before.entities, every)
    assert [(e.id, e.name, e.type) for e in after] == [(e.id, e.name, e.type) for e in before.entities]
    assert sum(len(e.mentions) for e in after) == sum(len(e.mentions) for e in before.entities) + 5
    assert with_recalled(before.entities, tagged) == before.entities  # nothing to recall


def test_analyses_stored_without_runs_recall_nothing_and_keep_their_mentions() -> None:
    a = _analysis("Saltmere Terminals said talks failed.", [("Saltmere Terminals", "ORG")], [])
    b = _analysis("Dockers struck at Saltmere Terminals.", [], [])
    stored_before = DocumentAnalysis(b.document, b.mentions, (), (), (), {})
    assert _recalled(a, stored_before) == []
    malformed = DocumentAnalysis(
        b.document, (), (), (), (), {NAME_RUNS: [[0, 5, 0], "x", [3, 1, 0, 0], [0, 10**6, 0, 0], [0, 8, 0]]}
    )
    assert _recalled(a, malformed) == []


#: A one-figure table and prose about a port the model tags nowhere.
PORT = (
    "WENDLOW PORT RESULTS\n    Net 3,254,000\n    Sales 1,200,000\n"
    "The union blamed Wendlow Terminals for the dispute. The Wendlow dispute began in May. "
    "Dockers at Wendlow walked out. Wendlow said it would talk."
)


def test_runs_are_untagged_capitalised_words_outside_tables_capitals_and_articles(nlp: Any) -> None:
    doc = make_doc(PORT)
    parsed = nlp(doc.analysis_text)
    assert not [e for e in parsed.ents if "Wendlow" in e.text or "WENDLOW" in e.text or e.text == "Net"]
    assert [(t.pos_, t.ent_type_) for t in parsed if t.text == "Net"] == [("PROPN", "")]
    runs = [(PORT[s:e], s, opens) for s, e, opens, _ in name_runs(doc, parsed, [])]
    assert runs == [
        ("Wendlow Terminals", PORT.index("Wendlow Terminals"), 0),
        ("Wendlow", PORT.index("Wendlow walked"), 0),
        ("Wendlow", PORT.index("Wendlow said"), 1),  # opens its sentence: only a surname is recalled so
    ]  # not the table's "Net", the capitals, nor "The Wendlow dispute" (a word after an article)
    # a mention covers its words
    covered = name_runs(
        doc, parsed, [Mention(doc.id, runs[0][1], runs[0][1] + 17, "Wendlow Terminals", "ORG")]
    )
    assert [PORT[s:e] for s, e, _, _ in covered] == ["Wendlow", "Wendlow"]


def test_a_name_coordinated_with_a_place_is_a_run_of_its_own(nlp: Any) -> None:
    """ "Wendlow and France": two names; "Standard and Poor's" would be one (the word after "and" no
    place or person the tagger found)."""
    text = "Trade between Wendlow and France grew."
    doc = make_doc(text)
    parsed = nlp(doc.analysis_text)
    assert [(e.text, e.label_) for e in parsed.ents] == [("France", "GPE")]
    assert [text[s:e] for s, e, _, _ in name_runs(doc, parsed, [])] == ["Wendlow"]


def test_a_unit_counted_is_no_run(nlp: Any) -> None:
    text = "Bids were reported between 43.00 and 44.00 Ecus per 100 kilos."
    doc = make_doc(text)
    parsed = nlp(doc.analysis_text)
    assert [(t.pos_, t.ent_type_) for t in parsed if t.text == "Ecus"] == [("PROPN", "")]  # the model's
    assert name_runs(doc, parsed, []) == []
    # a name before the noun counted is still a name
    text = "The bank said it sold 675,900 Wendlow common shares on March 2."
    doc = make_doc(text)
    assert [text[s:e] for s, e, _, _ in name_runs(doc, nlp(doc.analysis_text), [])] == ["Wendlow"]


def test_one_word_opening_a_sentence_is_recalled_only_as_a_surname() -> None:
    a = _analysis("Veltra said it would cut output.", [("Veltra", "ORG")], [])
    b = _analysis("Veltra ran short of parts.", [], ["Veltra"])
    assert _recalled(a, b) == []
    two = _analysis("Saltmere Terminals blamed the union.", [], ["Saltmere Terminals"])
    known = _analysis("Talks with Saltmere Terminals failed.", [("Saltmere Terminals", "ORG")], [])
    assert _recalled(known, two) == [("Saltmere Terminals", "ORG", "Saltmere Terminals", two.document.id)]


def test_a_build_recalls_names_across_and_within_documents(nlp: Any) -> None:
    strike, operator = make_doc(STRIKE), make_doc(OPERATOR)
    analyses = list(analyse_documents([strike, operator], nlp, n_process=1))
    tagged = [(m.doc_id, m.text) for a in analyses for m in a.mentions]
    # the model's misses this test is about: "Elsworth" tagged in one outlet only, the firm tagged once of its two writings
    assert (strike.id, "Elsworth") not in tagged and (operator.id, "Elsworth") in tagged
    assert tagged.count((strike.id, "Elsworth Terminals")) == 1

    resolution = resolve_analyses(analyses)
    # the resolver takes the place's name for the firm's short form; what matters here is that both
    # untagged writings in the strike story are mentions now, of the entity the other outlet names
    (firm,) = [e for e in resolution.entities if e.name == "Elsworth Terminals"]
    assert sorted(m.start for m in firm.mentions if m.doc_id == strike.id) == [
        0,
        STRIKE.index("Elsworth walked"),
        STRIKE.index("Elsworth Terminals had"),
    ]
    graph = assemble_graph(analyses)
    assert graph.nodes[firm.id]["mentions"] == 5
    assert graph.nodes[firm.id]["documents"] == sorted([strike.id, operator.id])


#: A one-word name the model leaves untagged in each sentence here, each time after a verb of
#: speaking and "on": the medium a message went by, an organisation's cue.
POSTED = (
    "He posted on Truthly that the vote was rigged.",
    "She said on Truthly that she would run.",
    "The mayor wrote on Truthly that the road is closed.",
)


def test_a_run_keeps_what_its_context_says_of_the_name(nlp: Any) -> None:
    text = POSTED[0]
    doc = make_doc(text)
    parsed = nlp(doc.analysis_text)
    assert [t.ent_type_ for t in parsed if t.text == "Truthly"] == [""]  # the model's
    runs = name_runs(doc, parsed, [])
    assert [(text[s:e], cue) for s, e, _, cue in runs] == [("Truthly", 1)]  # 1: an organisation's


def test_a_one_word_person_its_recalled_mentions_call_an_organisation_is_one(nlp: Any) -> None:
    """The tagger calls the name a person where it tags it, and misses it where the text says what it
    is: counted with the recalled mentions, the cues retype it (resolution's vote saw one mention)."""
    tagged = _analysis("Truthly declined to comment.", [("Truthly", "PERSON")], [])
    untagged = []
    for text in POSTED:
        doc = make_doc(text)
        parsed = nlp(doc.analysis_text)
        extra = {NAME_RUNS: name_runs(doc, parsed, [])}
        untagged.append(DocumentAnalysis(doc, (), (), (), (), extra))
    before = resolve_entities(list(tagged.mentions)).entities
    assert [(e.name, e.type) for e in before] == [("Truthly", "PERSON")]
    after = with_recalled(before, [tagged, *untagged])
    assert [(e.id, e.name, e.type) for e in after] == [(before[0].id, "Truthly", "ORG")]
    assert [m.label for m in after[0].mentions if m.doc_id != tagged.document.id] == ["ORG"] * 3
    assert "found by name where the tagger missed it" in after[0].evidence[-1]


def test_recalled_cues_retype_only_a_one_word_person_and_only_when_they_outvote() -> None:
    tagged = _analysis("Truthly declined to comment.", [("Truthly", "PERSON")], [])
    cued = [_analysis(f"He posted on Truthly ({k}).", [], ["Truthly"], cue=1) for k in range(3)]
    plain = [_analysis(f"Crowds met Truthly ({k}).", [], ["Truthly"]) for k in range(40)]
    before = resolve_entities(list(tagged.mentions)).entities
    assert [e.type for e in with_recalled(before, [tagged, *cued])] == ["ORG"]
    # three cues in 44 mentions: too few (a stray misparse in a person's many mentions retypes nothing)
    assert [e.type for e in with_recalled(before, [tagged, *cued, *plain])] == ["PERSON"]
    person_cued = [_analysis(f"Then Truthly's wife wept ({k}).", [], ["Truthly"], cue=2) for k in range(2)]
    assert [e.type for e in with_recalled(before, [tagged, *cued, *person_cued])] == ["PERSON"]
    honoured = _analysis(
        "Truthly left. Mr. Truthly declined to comment.",
        [("Truthly", "PERSON"), ("Mr. Truthly", "PERSON")],
        [],
    )
    titled = resolve_entities(list(honoured.mentions)).entities
    assert [(e.name, e.titles) for e in titled] == [("Truthly", ())]  # an honorific is no title
    assert [e.type for e in with_recalled(titled, [honoured, *cued])] == ["PERSON"]
    full = _analysis("Ann Truthly declined to comment.", [("Ann Truthly", "PERSON")], [])
    both = resolve_entities([*tagged.mentions, *full.mentions]).entities
    assert {e.type for e in with_recalled(both, [tagged, full, *cued])} == {"PERSON"}
