"""What the tagger sometimes calls one person: a list of names ("Cruz, Rubio"), a full name with the
organisation or place after it ("Travis Kalanick of Uber"); and a figure it calls a name ("64%-27").
The real spaCy pipeline parses each text; the tagger's span under test is set on the parse, as the
tagger gives it in the corpus articles these cases come from (its spans depend on the context)."""

from __future__ import annotations

from typing import Any

import pytest

from graphbuild.entities import extract_mentions
from graphbuild.entities_shape import AFFILIATION_WORDS
from graphbuild.model import Document


def _mentions_with_span(nlp: Any, text: str, span: str, label: str) -> list[tuple[str, str]]:
    """The mentions extracted when the tagger's only name in ``text`` is ``span`` labelled ``label``."""
    return _mentions_with_spans(nlp, text, [(span, label)])


def _mentions_with_spans(nlp: Any, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The mentions extracted when the tagger's names in ``text`` are ``spans`` (text, label), each
    the first of its text after the one before."""
    from spacy.tokens import Span

    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt")
    doc = nlp(document.analysis_text)
    ents, at = [], 0
    for span, label in spans:
        start = text.index(span, at)
        found = doc.char_span(start, start + len(span))
        assert found is not None, span
        ents.append(Span(doc, found.start, found.end, label=label))
        at = start + len(span)
    doc.ents = ents
    return [(m.text, m.label) for m in extract_mentions(document, doc)]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Unlike Cruz, Rubio will live in New Hampshire.",
            "Cruz, Rubio",
            [("Cruz", "PERSON"), ("Rubio", "PERSON")],
        ),
        (
            "Senators Nickles, Symms and Wallop objected.",
            "Nickles, Symms",
            [("Nickles", "PERSON"), ("Symms", "PERSON")],
        ),
        ("Obama, party leaders said, will campaign.", "Obama, party", [("Obama", "PERSON")]),
    ],
)
def test_a_list_of_names_is_one_mention_each(nlp: Any, text: str, span: str, expected: list) -> None:
    assert _mentions_with_span(nlp, text, span, "PERSON") == expected


def test_a_generational_suffix_after_a_comma_stays_with_the_name(nlp: Any) -> None:
    text = "Martin Luther King, Jr. spoke in Washington."
    found = _mentions_with_span(nlp, text, "Martin Luther King, Jr.", "PERSON")
    assert len(found) == 1 and found[0][0].startswith("Martin Luther King"), found


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Travis Kalanick of Uber met the mayor.", "Travis Kalanick of Uber", "Travis Kalanick"),
        (
            "Officials said Manaspas Xuto of Thailand would chair it.",
            "Manaspas Xuto of Thailand",
            "Manaspas Xuto",
        ),
    ],
)
def test_an_organisation_or_place_after_a_full_name_is_no_part_of_it(
    nlp: Any, text: str, span: str, expected: str
) -> None:
    assert _mentions_with_span(nlp, text, span, "PERSON") == [(expected, "PERSON")]


def test_after_one_word_an_affiliation_word_may_belong_to_the_name(nlp: Any) -> None:
    assert "of" in AFFILIATION_WORDS
    text = "A statue of Joan of Arc stands in the square."
    assert _mentions_with_span(nlp, text, "Joan of Arc", "PERSON") == [("Joan of Arc", "PERSON")]


@pytest.mark.parametrize(("span", "label"), [("64%-27", "GPE"), ("719.8286", "ORG"), ("1986", "ORG")])
def test_a_figure_is_no_name(nlp: Any, span: str, label: str) -> None:
    text = f"The poll gave {span} in the county, officials said."
    assert _mentions_with_span(nlp, text, span, label) == []


def test_a_model_number_stays_a_product(nlp: Any) -> None:
    text = "The airline ordered a 747 from the maker."
    assert _mentions_with_span(nlp, text, "747", "PRODUCT") == [("747", "PRODUCT")]


def test_the_taggers_own_start_in_lower_case_is_cut_as_before(nlp: Any) -> None:
    # only a part after a comma is dropped for its lower case: "pro-Clinton" loses its prefix only
    text = "Priorities USA, a pro-Clinton super PAC, ran the advertisement."
    assert _mentions_with_span(nlp, text, "pro-Clinton", "PERSON") == [("Clinton", "PERSON")]


def test_a_list_of_persons_named_elsewhere_is_split_whatever_its_label(nlp: Any) -> None:
    text = "Ted Cruz and Chris Christie spoke. Unlike Cruz, Rubio will stay. Marco Rubio agreed."
    spans = [("Ted Cruz", "PERSON"), ("Chris Christie", "PERSON"), ("Cruz, Rubio", "WORK_OF_ART")]
    found = _mentions_with_spans(nlp, text, [*spans, ("Marco Rubio", "PERSON")])
    assert found[2:4] == [("Cruz", "PERSON"), ("Rubio", "PERSON")], found


def test_a_firm_with_commas_in_its_name_stays_whole(nlp: Any) -> None:
    # "Goldman" is no person the document names, so the name is not a list
    text = "Peter Sachs joined Goldman, Sachs and Co last year."
    found = _mentions_with_spans(nlp, text, [("Peter Sachs", "PERSON"), ("Goldman, Sachs and Co", "ORG")])
    assert ("Goldman, Sachs and Co", "ORG") in found, found


def test_an_institution_named_after_a_person_stays_whole_and_is_no_person(nlp: Any) -> None:
    text = "She teaches at the Edwin L. Cox School of Business in Dallas."
    found = _mentions_with_span(nlp, text, "Edwin L. Cox School of Business", "PERSON")
    assert found == [("Edwin L. Cox School of Business", "ORG")], found


@pytest.mark.parametrize(
    ("clause", "label", "names"),
    [
        ("Romney blasts Trump", "WORK_OF_ART", ["Romney", "Trump"]),  # a verb between two persons
        ("Carly Fiorina to Rubio", "ORG", ["Carly Fiorina", "Rubio"]),
        ("Trump versus Rubio, Rubio", "LAW", ["Trump", "Rubio", "Rubio"]),
    ],
)
def test_persons_the_tagger_ran_together_with_a_word_between_are_split(
    nlp: Any, clause: str, label: str, names: list[str]
) -> None:
    text = f"Mitt Romney, Donald Trump, Carly Fiorina and Marco Rubio spoke. Later {clause} said so."
    persons = [("Mitt Romney", "PERSON"), ("Donald Trump", "PERSON"), ("Carly Fiorina", "PERSON")]
    found = _mentions_with_spans(nlp, text, [*persons, ("Marco Rubio", "PERSON"), (clause, label)])
    assert found[4:] == [(name, "PERSON") for name in names], found


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Doctors without Borders", "ORG"),  # "Borders" is no person the document names
        ("Procter and Gamble", "ORG"),  # "and" joins the names of one firm
        ("Friends of the Earth", "ORG"),
    ],
)
def test_a_name_with_words_in_lower_case_stays_whole(nlp: Any, name: str, label: str) -> None:
    text = f"David Procter and Ann Gamble met {name} officials in Geneva."
    spans = [("David Procter", "PERSON"), ("Ann Gamble", "PERSON"), (name, label)]
    assert _mentions_with_spans(nlp, text, spans)[2:] == [(name, label)]
