"""Names in title-case lines, common words opening a sentence, and verbs at a person's edges,
with the real spaCy pipeline (one session-scoped load)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.entities import extract_mentions
from graphbuild.entities_shape import headed, is_glued, person_edges
from graphbuild.entities_titlecase import common_words, fit_title_case_names, stem, title_case_lines
from graphbuild.model import Document, Mention
from graphbuild.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_pipeline()


def mentions_of(nlp: Any, text: str) -> list[tuple[str, str]]:
    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt")
    return [(m.text, m.label) for m in extract_mentions(document, nlp(document.analysis_text))]


def test_title_case_lines_are_headlines_not_lists_prose_or_capitals() -> None:
    text = (
        "Billy Bush Joins a Parade of Political Scions on TV\n\n"
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Rich Ashooh\n"
        "HOUSE PASSES BUDGET BILL TODAY\n"
        "Billy Bush said he would join the show.\n"
        "Read More: Exit Polls Spell Bad News For Clinton"
    )
    lines = [text[s:e] for s, e in title_case_lines(text)]
    assert lines == [
        "Billy Bush Joins a Parade of Political Scions on TV",
        "Read More: Exit Polls Spell Bad News For Clinton",
    ]


def test_a_name_run_into_the_headline_verb_is_cut_where_prose_names_it(nlp: Any) -> None:
    text = (
        "Billy Bush Joins a Parade of Political Scions on TV\n\n"
        "Billy Bush, a television host, joined the morning show on Monday. He said he would join other scions.\n"
    )
    assert mentions_of(nlp, text) == [("Billy Bush", "PERSON"), ("Billy Bush", "PERSON")]
    text = (
        "Clinton Email Story Has Moved, Sanders Says\n\n"
        "Senator Bernie Sanders said on Tuesday that the story about Hillary Clinton's email had moved on. "
        "The story had dominated the news.\n"
    )
    assert ("Clinton", "PERSON") in mentions_of(nlp, text)
    assert not [t for t, _ in mentions_of(nlp, text) if "Story" in t]


def test_a_headline_verb_after_a_person_named_in_prose_is_cut_however_rare(nlp: Any) -> None:
    # "defends" is nowhere in lower case, so no run of words ends before it: the person in prose does
    text = (
        "Ben Carson Defends Himself Against Claims He Exaggerated His Life Story\n\n"
        "Republican contender Ben Carson responded on Sunday to accusations. Carson said so.\n"
    )
    assert "Ben Carson Defends" in [e.text for e in nlp(text).ents]  # the tagger's span
    assert mentions_of(nlp, text)[0] == ("Ben Carson", "PERSON")
    # a name in prose at the end of the mention is not taken from a first name before it
    text = "Ahmed al Ashry Speaks\n\nThe imam, al Ashry, said it.\n"
    assert mentions_of(nlp, text)[0][0].startswith("Ahmed al Ashry")


def test_a_headline_verb_before_a_person_named_in_prose_is_cut_but_not_a_suffix_after(nlp: Any) -> None:
    text = "Black Lawmakers Rip Donald Trump As A Disgusting Fraud\n\nLawmakers criticised Donald Trump on Monday.\n"
    assert "Rip Donald Trump" in [e.text for e in nlp(text).ents]  # the tagger's span
    assert mentions_of(nlp, text)[0] == ("Donald Trump", "PERSON")
    text = "Donald Trump Jr Speaks At Rally In Ohio\n\nDonald Trump spoke later. His son spoke first.\n"
    assert mentions_of(nlp, text)[0] == ("Donald Trump Jr", "PERSON")


def test_a_person_of_common_words_only_is_no_name(nlp: Any) -> None:
    text = (
        "Exit Polls In West Virginia Spell Bad News For Hillary Clinton\n\n"
        "The exit polls showed that Hillary Clinton trailed. Clinton said the polls were wrong.\n"
    )
    found = mentions_of(nlp, text)
    assert ("Hillary Clinton", "PERSON") in found
    assert not [t for t, _ in found if "Exit" in t or "Polls" in t], found


def test_a_common_noun_opening_a_sentence_is_no_name(nlp: Any) -> None:
    text = (
        "Hacker who exposed private email gets 52-month sentence\n\n"
        "Hacker who exposed private email gets 52-month sentence.\n\n"
        "The hacker, Marcel Lazar, was sentenced on Thursday in Virginia.\n"
    )
    found = mentions_of(nlp, text)
    assert ("Marcel Lazar", "PERSON") in found
    assert not [t for t, _ in found if t == "Hacker"], found


def test_lists_and_places_keep_their_names(nlp: Any) -> None:
    # "rich" and "long" are common words of these texts; a list of names is no headline, and a
    # place's name is often made of common words
    text = (
        "Senators meet\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron, Rich Ashooh, Sam Clovis\n\n"
        "The rich donors met Tim Albrecht in Des Moines on Monday.\n"
    )
    assert ("Rich Ashooh", "PERSON") in mentions_of(nlp, text)
    text = "Long Beach, Calif.\n\nThe port of Long Beach reopened. A long queue of ships formed on the beach road.\n"
    assert mentions_of(nlp, text)[0] == ("Long Beach", "GPE")


def test_fit_title_case_names_rules(nlp: Any) -> None:
    text = (
        "Ben Carson Slams Hillary And The Media In One Debate Answer\n\n"
        "Ben Carson spoke on Monday. He slams the media often, and Hillary answered him. "
        "The debate was about the media.\n"
    )
    doc = nlp(text)

    def at(s: str, label: str = "PERSON", start: int = 0) -> Mention:
        k = text.index(s, start)
        return Mention("doc:1", k, k + len(s), s, label)

    body = text.index("\n\n")
    prose = [at("Ben Carson", start=body), at("Hillary", start=body)]
    fitted = fit_title_case_names([at("Ben Carson Slams Hillary"), *prose], doc, text)
    # the longest part the prose names
    assert [(m.text, m.start) for m in fitted] == [("Ben Carson", 0)] + [(m.text, m.start) for m in prose]
    # a part of one word known as a person, "Debate" and "Answer" being common words
    fitted = fit_title_case_names([at("Hillary And The Media"), *prose], doc, text)
    assert fitted[0].text == "Hillary"
    # a person with a word of no name, all others common: no name
    assert fit_title_case_names([at("Debate Answer"), *prose], doc, text) == prose
    # an organisation of common words only goes; one with a word that is no common word stays
    assert fit_title_case_names([at("The Media", "ORG"), *prose], doc, text) == prose
    one = at("One Debate Answer", "ORG")
    assert fit_title_case_names([one, *prose], doc, text)[0] == one
    # a mention the prose names stays as it is, as does any mention outside title-case lines
    assert fit_title_case_names(prose, doc, text) == prose


def test_strict_common_words_ignore_sentence_starts_and_lower_case_proper_nouns(nlp: Any) -> None:
    text = "Hacker who spoke. The hacker left.\nfinance minister manuel azpurua spoke. Azpurua said so."
    doc = nlp(text)
    assert stem("Hacker") not in common_words(doc, 0)  # the tagger's name at a sentence start
    strict = common_words(doc, 0, strict=True)
    assert stem("hacker") in strict
    assert stem("azpurua") not in strict or next(t for t in doc if t.text == "azpurua").pos_ != "PROPN"


def test_person_edges_drop_attitude_prefixes_and_inflected_verbs(nlp: Any) -> None:
    doc = nlp("The pro-Clinton donors left. Telling Jeb Bush to quit, they left.")
    pro = next(t.i for t in doc if t.text == "pro")
    s, e = person_edges(doc, pro, pro + 3)
    assert doc[s:e].text == "Clinton"
    telling = next(t.i for t in doc if t.text == "Telling")
    assert doc[telling].tag_ == "VBG"
    s, e = person_edges(doc, telling, telling + 3)
    assert doc[s:e].text == "Jeb Bush"
    # a modal or bare verb can be a name ("George Will"); words in capitals say nothing
    doc = nlp("George Will wrote it. CUBA SAYS NO.")
    assert person_edges(doc, 0, 2) == (0, 2)
    cuba = next(t.i for t in doc if t.text == "CUBA")
    assert person_edges(doc, cuba, cuba + 2) == (cuba, cuba + 2)
    assert ("Jeb Bush", "PERSON") in mentions_of(
        nlp, "Mayor visits\n\nTelling Jeb Bush to quit, the donors left.\n"
    )


def test_a_person_ending_in_an_institution_or_place_head_takes_its_kind(nlp: Any) -> None:
    text = "The Peter G. Peterson Foundation paid for the study, said Michael Peterson."
    assert [e.label_ for e in nlp(text).ents] == ["PERSON", "PERSON"]  # the tagger's mistake
    found = mentions_of(nlp, text)
    assert found == [("Peter G. Peterson Foundation", "ORG"), ("Michael Peterson", "PERSON")]
    assert mentions_of(nlp, "He lives on Hermenegildo Galeana Street in the capital.") == [
        ("Hermenegildo Galeana Street", "FAC")
    ]
    person = Mention("doc:1", 0, 25, "Foreign Agents Registration Act", "PERSON")
    assert headed(person).label == "LAW"
    # a head that is also a surname, a single word, or another label stays as tagged
    for text, label in (("Margaret Court", "PERSON"), ("Emily Post", "PERSON"), ("Foundation", "PERSON")):
        m = Mention("doc:1", 0, len(text), text, label)
        assert headed(m) == m
    org = Mention("doc:1", 0, 14, "Brennan Center", "GPE")
    assert headed(org) == org


_WORDS = [
    "Billy",
    "Bush",
    "Joins",
    "joins",
    "the",
    "‘Make",
    "Mexico’s",
    "Didn’t",
    "Exit",
    "polls",
    "Polls",
    "O'Brien",
    "—",
    ":",
    "de",
    "S.",
    "2016",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9), min_size=1, max_size=5),
    st.lists(
        st.tuples(st.integers(0, 400), st.integers(1, 30), st.sampled_from(["PERSON", "ORG", "GPE"])),
        max_size=8,
    ),
)
def test_fitting_never_raises_and_keeps_spans_in_the_text(
    nlp: Any, lines: list[list[str]], spans: list[Any]
) -> None:
    text = "\n".join(" ".join(words) for words in lines)
    doc = nlp(text)
    found = set()
    for s, n, label in spans:
        part = text[s : s + n]
        if part.strip():  # trimmed, as extraction leaves every mention
            s += len(part) - len(part.lstrip())
            part = part.strip()
            found.add(Mention("doc:1", s, s + len(part), part, label))
    mentions = sorted(found, key=lambda m: (m.start, m.end, m.label))
    for m in fit_title_case_names(mentions, doc, text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.text == m.text.strip()


def test_words_glued_together_are_page_furniture_not_a_name(nlp: Any) -> None:
    assert is_glued("Zach CarterFlagShareLikeReplyPaige Lavender")
    assert (
        not is_glued("Ron DeSantis") and not is_glued("GlaxoSmithKline") and not is_glued("Leonardo DiCaprio")
    )
    text = (
        "Live updates\n\nThe debate went on. Zach CarterFlagShareLikeReplyPaige Lavender 5ptsmoderatorFeatured "
        "at 9:12PM. Senator John Smith spoke in Miami on Monday.\n"
    )
    assert (
        next(e.text for e in nlp(text).ents) == "Zach CarterFlagShareLikeReplyPaige Lavender"
    )  # the tagger's
    found = mentions_of(nlp, text)
    assert not [t for t, _ in found if is_glued(t)], found
    assert ("John Smith", "PERSON") in found


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name(nlp: Any) -> None:
    text = "Beneath Clinton's wins, signs of trouble\n\nTurnout fell in the primaries."
    persons = [t for t, label in mentions_of(nlp, text) if label == "PERSON"]
    assert "Clinton" in persons and not any(p.startswith("Beneath") for p in persons)
    doc = nlp("Without Bloomberg in the mix, Trump and Sanders were tied.")
    assert person_edges(doc, 0, 2) == (1, 2)


def test_a_first_name_the_tagger_tags_as_a_preposition_is_kept(nlp: Any) -> None:
    text = "Barack Obama Just Nominated A Muslim To Be A Federal Judge\n\nThe president named him."
    doc = nlp(text)
    assert doc[0].tag_ == "IN"  # what the tagger makes of "Barack" here
    assert ("Barack Obama", "PERSON") in mentions_of(nlp, text)


def test_a_headline_name_running_over_two_people_is_cut_to_the_first(nlp: Any) -> None:
    # PolNeAR: the tagger read the headline's "Hillary Clinton Slams Donald Trump" as one person, who then
    # took the article's "Trump" and spoke Trump's words
    text = (
        "Hillary Clinton Slams Donald Trump On Abortion After SCOTUS Ruling\n\n"
        "Presumptive Democratic presidential nominee Hillary Clinton blasted her Republican rival Donald Trump "
        "on Monday over his muddled stance on abortion.\n"
    )
    found = mentions_of(nlp, text)
    assert ("Hillary Clinton Slams Donald Trump", "PERSON") not in found
    assert found[0] == ("Hillary Clinton", "PERSON")
    # a first name next to the part prose names is the same name's: kept whole
    text = "Ahmed al Ashry Says Talks Go On Today\n\nThe envoy al Ashry spoke. Ahmed Nour left."
    names = [
        ("Ahmed al Ashry", 0),
        ("al Ashry", text.index("al Ashry", 20)),
        ("Ahmed Nour", text.rindex("Ahmed")),
    ]
    fitted = fit_title_case_names(
        [Mention("d", at, at + len(name), name, "PERSON") for name, at in names], nlp(text), text
    )
    assert fitted[0].text == "Ahmed al Ashry"
