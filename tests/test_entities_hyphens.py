"""A surname written alone in hyphened form ("Harsono-Lim" of "Budi Harsono-Lim") is the person's, and a
name the tagger ran into a headline's verb ("Ferry capsizes") is no name.

The end-to-end tests parse real text with the real spaCy pipeline and first check what the model did
(tagged the lone surname as an organisation; ran the headline's first word into its verb), so a model
that stops doing so shows up as a failed precondition, not as a test that cannot fail.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import entities_named, make_doc
from spacy.tokens import Doc

from graphbuild.entities import resolve_entities
from graphbuild.entities_documents import prepare_document
from graphbuild.entities_extract import extract_mentions
from graphbuild.entities_shape import before_common_tail
from graphbuild.entities_vote import vote_type
from graphbuild.model import Mention

FERRY = (
    "Ferry capsizes off island\n\n"
    "PORT NELAN (Wire) - A passenger ferry capsized on Sunday, agency official Budi Harsono-Lim said. "
    "Harsono-Lim said rescuers had pulled 139 people from the water. The ferry was carrying 201 people, "
    "Harsono-Lim said."
)


def test_a_hyphened_surname_alone_links_to_the_full_name_in_its_document() -> None:
    doc = "doc:a"
    prepared = prepare_document(
        [Mention(doc, 0, 16, "Budi Harsono-Lim", "PERSON"), Mention(doc, 40, 51, "Harsono-Lim", "ORG")]
    )
    assert [it.key for it in prepared.items] == ["budi harsono lim", "harsono lim"]
    assert prepared.links() == [(1, 0)]


def test_only_the_whole_compound_is_a_surname() -> None:
    # "Lim" alone is the last part of the compound, not the surname the full name ends in
    prepared = prepare_document(
        [Mention("doc:a", 0, 16, "Budi Harsono-Lim", "PERSON"), Mention("doc:a", 40, 47, "Harsono", "ORG")]
    )
    assert prepared.links() == []


def test_the_hyphened_surname_votes_person_whatever_the_model_called_it() -> None:
    forms = {("budi harsono lim", "PERSON"): 1, ("harsono lim", "ORG"): 2}
    assert vote_type(forms, titled=False)[0] == "PERSON"


def test_a_lone_hyphened_surname_is_one_person_end_to_end(nlp: Any) -> None:
    tagged = {(e.text, e.label_) for e in nlp(FERRY).ents}
    assert ("Harsono-Lim", "ORG") in tagged, "precondition: the model tags the lone surname an organisation"
    people = [
        (d["name"], d["type"], tuple(d["aliases"]))
        for d in entities_named(nlp, [make_doc(FERRY)], "Harsono-Lim")
    ]
    assert people == [("Budi Harsono-Lim", "PERSON", ("Budi Harsono-Lim", "Harsono-Lim"))]


def test_a_headline_word_run_into_its_verb_is_no_name(nlp: Any) -> None:
    assert ("Ferry capsizes", "PERSON") in {(e.text, e.label_) for e in nlp(FERRY).ents}, "precondition"
    doc = make_doc(FERRY)
    texts = [m.text for m in extract_mentions(doc, nlp(doc.analysis_text))]
    assert not [t for t in texts if t.startswith("Ferry")]


def _words(nlp: Any, text: str) -> Any:
    words = text.split()
    tags = ["VBZ" if w in ("warns", "capsizes") else "NNP" if w[:1].isupper() else "NN" for w in words]
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(nlp.vocab, words=words, tags=tags, sent_starts=starts)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Kessler warns lenders . Anna Kessler warned banks .", 0, 1),  # never in lower case: a name
        ("Ferry capsizes off island . A ferry sank .", 0, 0),  # "a ferry": a common noun, no name
        ("The Ferry capsizes . A ferry sank .", 1, 2),  # inside its sentence "Ferry" may be a name
    ],
)
def test_a_name_ends_before_lower_case_words(nlp: Any, text: str, start: int, end: int) -> None:
    assert before_common_tail(_words(nlp, text), start, start + 2) == end


def test_a_compound_in_lower_case_stays_in_the_name(nlp: Any) -> None:
    doc = make_doc("Hong Kong tycoon Li Ka-shing bought the stake, the Frito-lay unit said.")
    texts = [m.text for m in extract_mentions(doc, nlp(doc.analysis_text))]
    assert "Li Ka-shing" in texts


def test_a_lone_hyphened_surname_joins_the_person_another_outlet_names_in_full(nlp: Any) -> None:
    first = make_doc(
        "Ferry sinks\n\nPORT NELAN (Wire A) - A passenger ferry capsized on Sunday, agency official "
        "Budi Harsono-Lim said.",
        outlet="Wire A",
    )
    second = make_doc(
        "Ferry toll rises\n\nJAKARTA (Wire B) - Rescuers found more bodies on Monday. Harsono-Lim said "
        "40 people were still missing.",
        outlet="Wire B",
    )
    assert ("Harsono-Lim", "ORG") in {(e.text, e.label_) for e in nlp(second.text).ents}, "precondition"
    people = entities_named(nlp, [first, second], "Harsono-Lim")
    assert [(d["name"], d["type"], len(d["documents"])) for d in people] == [
        ("Budi Harsono-Lim", "PERSON", 2)
    ]


def test_a_compound_written_alone_is_no_full_name_for_its_own_surname() -> None:
    # "Walter-Richter" alone, tagged PERSON, has no first name: it is no target of the surname step
    # (which once joined its cluster to itself, recording a surname link that was none)
    resolution = resolve_entities(
        [
            Mention("doc:a", 0, 14, "Walter-Richter", "PERSON"),
            Mention("doc:b", 0, 14, "Walter-Richter", "ORG"),
        ]
    )
    assert [(e.name, e.type) for e in resolution.entities] == [("Walter-Richter", "PERSON")]
    assert not any("surname" in why for e in resolution.entities for why in e.evidence)
