"""Names the tagger runs on into what is not a name, as headlines, polls and datelines give them:
a title-case headline's auxiliary ("Sanders Are"), a poll's share ("Trump 58 percent"), a clitic
before the name ("'s Donald Trump"), and a dateline after a standfirst ("BERLIN - Donald Trump").
Real spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from graphbuild.datelines import MAX_DECK, dateline_span
from graphbuild.entities import extract_mentions
from graphbuild.entities_shape import HEADLINE_AUXILIARIES
from graphbuild.model import Document, Mention


def mentions_of(nlp: Any, text: str) -> list[tuple[str, str]]:
    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt")
    found: list[Mention] = extract_mentions(document, nlp(document.analysis_text))
    return [(m.text, m.label) for m in found]


def test_a_headline_auxiliary_ends_the_name_before_it(nlp: Any) -> None:
    text = "Clinton and Sanders Aren’t Butting Heads Over The Platform\n\nThe party met on Monday."
    assert "Sanders Are" in [e.text for e in nlp(text).ents]  # the tagger's span
    found = mentions_of(nlp, text)
    assert any(t == "Sanders" for t, _ in found), found
    assert not any("Are" in t.split() for t, _ in found), found


def test_an_auxiliary_inside_a_headline_name_cuts_it_but_may_stays_a_surname(nlp: Any) -> None:
    text = "Trump Should Quit, Says Paper\n\nThe paper said so. Theresa May said nothing."
    found = mentions_of(nlp, text)
    assert not any("Should" in t for t, _ in found), found
    assert ("Theresa May", "PERSON") in found
    assert "may" not in HEADLINE_AUXILIARIES and "will" not in HEADLINE_AUXILIARIES


def test_a_polls_share_is_no_part_of_a_name(nlp: Any) -> None:
    text = "Voters favored Trump 58 percent to 40 percent for Clinton, while Rubio 68 percent did well."
    assert any("percent" in e.text and e.label_ != "PERCENT" for e in nlp(text).ents)  # the tagger's
    found = mentions_of(nlp, text)
    assert not any("percent" in t or any(c.isdigit() for c in t) for t, _ in found), found
    assert {"Trump", "Rubio"} <= {t for t, _ in found}


def test_a_clitic_before_a_name_is_no_part_of_it(nlp: Any) -> None:
    text = "He is so terrible. He is our party’s Donald Trump,” said Huffman."
    assert "’s Donald Trump" in [e.text for e in nlp(text).ents]  # the tagger's span
    assert ("Donald Trump", "PERSON") in mentions_of(nlp, text)


def test_a_dateline_after_a_standfirst_or_the_headline_again() -> None:
    text = "Title\n\nTitle, once more.\n\nROME - Bernie Sanders met the Pope."
    span = dateline_span(text)
    assert span is not None and text[span[0] : span[1]] == "ROME - "
    deck = "Title\n\nAs hate speech grows, so does debate on free expression.\n\nBERLIN - Donald Trump"
    assert dateline_span(deck) is not None
    # read past at most two short paragraphs; a long one is the body, whose later "X - " is no dateline
    assert dateline_span("Title\n\nOne.\n\nTwo.\n\nThree.\n\nROME - Sanders met the Pope.") is None
    long = "Title\n\n" + "word " * (MAX_DECK // 5 + 1) + "\n\nROME - Sanders met the Pope."
    assert dateline_span(long) is None
    wrapped = "Title\nTalks went on on Monday between the\nU.S. - Japan teams, officials said."
    assert dateline_span(wrapped) is None, "a line of hard-wrapped copy is no standfirst"


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        (
            "Trump tests a friendship\n\nTrump tests a friendship.\n\nBERLIN - Donald Trump may be testing "
            "the bounds of free speech, officials said.",
            "BERLIN",
            "Donald Trump",
        ),
        (
            "Sanders meets the Pope\n\nSanders meets the Pope.\n\nROME - Bernie Sanders met privately with "
            "Pope Francis on Saturday.",
            "ROME",
            "Bernie Sanders",
        ),
    ],
)
def test_a_place_in_capitals_run_on_into_the_leads_name_is_a_place(
    nlp: Any, text: str, place: str, name: str
) -> None:
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    assert (place, "GPE") in ents and (name, "PERSON") in ents, ents
    assert not any(" - " in t for t, _ in mentions_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "JWP <JWP> SELLS NOTES\n  LAKE SUCCESS, N.Y., March 13 - JWP Inc said it sold notes.",
            "LAKE SUCCESS",
        ),
        (
            "INFOTRON <INFN> NAMES CHAIRMAN\n  CHERRY HILL, N.J., March 9 - Infotron Systems Corp said so.",
            "CHERRY HILL",
        ),
    ],
)
def test_a_datelines_city_in_capitals_is_named_whole(nlp: Any, text: str, place: str) -> None:
    last = place.split()[-1]
    assert last in [e.text for e in nlp(text).ents]  # the tagger's span: the city's last word
    found = mentions_of(nlp, text)
    assert (place, "GPE") in found, found
    assert (last, "GPE") not in found, found
