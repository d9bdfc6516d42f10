"""Mention extraction with the real spaCy pipeline (one session-scoped load)."""

from __future__ import annotations

from typing import Any

import pytest

from graphbuild.datelines import heading_end as _heading_end
from graphbuild.entities import KEEP_LABELS, TitledMention, extract_mentions, resolve_entities
from graphbuild.entities_extract import _outside_tables, table_rows
from graphbuild.model import Document, Mention
from graphbuild.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_pipeline()


def mentions_of(nlp: Any, text: str, boilerplate: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt", boilerplate=boilerplate)
    return extract_mentions(document, nlp(document.analysis_text))


def find(ms: list[Mention], text: str) -> Mention:
    hits = [m for m in ms if m.text == text]
    assert hits, f"{text!r} not among {[(m.text, m.label) for m in ms]}"
    return hits[0]


def test_offsets_point_into_document_text_and_labels_are_kept_ones(nlp: Any) -> None:
    text = (
        "On Monday, NATO said 30 percent of the $5 billion would go to the United Nations' agencies in Kyiv."
    )
    ms = mentions_of(nlp, text)
    assert ms
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert m.label in KEEP_LABELS
    assert not any(m.text in ("Monday", "30 percent", "$5 billion") for m in ms)
    un = [m for m in ms if "United Nations" in m.text]
    assert un and un[0].text == "United Nations", "determiner and possessive are trimmed"


def test_titles_before_person_names_are_captured(nlp: Any) -> None:
    text = (
        "NATO Secretary-General Jens Stoltenberg said Russian Foreign Minister Sergey Lavrov was wrong. "
        "Gen. Valery Zaluzhny agreed."
    )
    ms = mentions_of(nlp, text)
    js = find(ms, "Jens Stoltenberg")
    assert isinstance(js, TitledMention) and js.title == "NATO Secretary-General"
    assert js.title_span is not None and text[js.title_span[0] : js.title_span[1]] == js.title
    assert getattr(find(ms, "Sergey Lavrov"), "title", "") == "Russian Foreign Minister"
    assert getattr(find(ms, "Valery Zaluzhny"), "title", "") == "Gen."


def test_title_in_apposition_after_the_name(nlp: Any) -> None:
    text = "Jens Stoltenberg, secretary general of the Western military alliance, has said so."
    js = find(mentions_of(nlp, text), "Jens Stoltenberg")
    assert getattr(js, "title", "") == "secretary general of the Western military alliance"


def test_title_and_name_blend_is_split_into_a_person(nlp: Any) -> None:
    # the tagger's ORG span holds the person; the text names him alone after (see test_entities_blends)
    text = (
        "The visit was welcomed by the Chicago Council on Global Affairs Ivo Daalder on Tuesday. "
        "Daalder said the talks had gone well."
    )
    ms = mentions_of(nlp, text)
    person = find(ms, "Ivo Daalder")
    assert person.label == "PERSON"
    assert getattr(person, "title", "") == "Chicago Council on Global Affairs"
    assert find(ms, "Chicago Council on Global Affairs").label != "PERSON"


def test_organisation_named_with_a_role_word_is_not_split(nlp: Any) -> None:
    ms = mentions_of(nlp, "Shares of General Motors fell sharply in New York.")
    assert not any(m.label == "PERSON" for m in ms)


def test_boilerplate_is_skipped(nlp: Any) -> None:
    text = "Jens Stoltenberg spoke in Brussels.\nDownload the Fox News app from Apple today."
    start = text.index("Download")
    ms = mentions_of(nlp, text, boilerplate=((start, len(text)),))
    assert all(m.end <= start for m in ms)
    assert any(m.text == "Jens Stoltenberg" for m in ms)


def test_extraction_then_resolution(nlp: Any) -> None:
    texts = [
        "Kremlin Spokesman Dmitry Peskov said Kiev accuses Washington of delays. Peskov later left.",
        "Dmitry Peskov spoke to reporters in Kyiv. Mr. Peskov declined to comment.",
    ]
    ms = [m for t in texts for m in mentions_of(nlp, t)]
    res = resolve_entities(ms)
    peskov = res.entity(res.find("Peskov") or "")
    assert peskov is not None and peskov.type == "PERSON" and len(peskov.documents) == 2
    assert "Kremlin Spokesman" in peskov.titles
    kiev = res.entity(res.find("Kyiv") or "")
    assert kiev is not None and kiev.type == "GPE" and res.find("Kiev") == kiev.id


def test_lower_case_spans_and_numbers_are_not_names(nlp: Any) -> None:
    text = "Hurricane Humberto 785 miles east of Bermuda weakened, said Jane Doe of the senate."
    ms = mentions_of(nlp, text)
    assert all(any(c.isupper() or c.isdigit() for c in m.text) for m in ms)
    assert all(not any(c.isdigit() for c in m.text) for m in ms if m.label == "PERSON")


def test_a_time_zone_the_model_labels_an_organisation_is_no_mention(nlp: Any) -> None:
    text = "The launch is set for 14:00 UTC on Monday, NASA said."
    assert nlp(text).ents[0].text == "UTC"  # the model's label this test guards against
    assert [m.text for m in mentions_of(nlp, text)] == ["NASA"]


EARNINGS = (
    "HOLLOWAY DYNAMICS INC 3RD QTR NET\n\n"
    "DAYTON, Ohio, March 4 - Shr 41 cts vs 33 cts\n"
    "    Net 3,412,000 vs 2,706,000\n"
    "    Revs 88.4 mln vs 71.9 mln\n"
    "    Avg shrs 8,320,000 vs 8,190,000\n"
    "    Nine mths\n"
    "    Revs 251.3 mln vs 207.6 mln\n"
)


def test_row_labels_of_a_table_are_no_names(nlp: Any) -> None:
    tagged = {e.text for e in nlp(EARNINGS).ents}
    assert "Avg" in tagged  # what the tagger calls a person
    texts = {m.text for m in mentions_of(nlp, EARNINGS)}
    assert not {t for t in texts if t.split()[0] in ("Revs", "Avg", "Shr", "Net")}, texts
    # the headline is no row: the company stays
    assert "HOLLOWAY DYNAMICS" in texts, texts


def test_table_rows_are_lines_of_figures_without_verbs_or_function_words(nlp: Any) -> None:
    text = (
        "Prices\n\nTraders quoted August at 1,870 and 1,875 dlrs in\nLondon, traders said.\n"
        "    Revs 88.4 mln vs 71.9 mln\n    Wheat   2.55   2.40   4.65\n"
    )
    rows = [text[a:b].strip() for a, b in table_rows(nlp(text))]
    assert rows == ["Revs 88.4 mln vs 71.9 mln", "Wheat   2.55   2.40   4.65"], rows


def test_heading_and_dateline_are_no_rows() -> None:
    text = "ACME CORP 2ND QTR NET\n\nOMAHA, Neb., March 2 - Shr 36 cts vs 36 cts\n    Revs 3 mln vs 2 mln\n"
    assert text[: _heading_end(text)] == "ACME CORP 2ND QTR NET\n\nOMAHA, Neb., March 2 - "
    assert _heading_end("No dateline\n\nJust a body.") == len("No dateline")


def test_a_name_in_a_table_stays_when_the_report_writes_it() -> None:
    text = "Results\n\nRovers won, said the coach.\n    Rovers 3 2 1\n    Athletic 3 1 1\n"
    row1 = text.index("    Rovers")
    rows = [(row1, text.index("\n", row1)), (text.index("    Athletic"), len(text) - 1)]
    ms = [
        Mention("doc:1", text.index("Rovers"), text.index("Rovers") + 6, "Rovers", "ORG"),
        Mention("doc:1", row1 + 4, row1 + 10, "Rovers", "ORG"),
        Mention("doc:1", rows[1][0] + 4, rows[1][0] + 12, "Athletic", "ORG"),
    ]
    kept = _outside_tables(ms, rows, heading=len("Results"))
    assert [(m.text, m.start) for m in kept] == [("Rovers", ms[0].start), ("Rovers", ms[1].start)]


def test_firm_names_cut_at_their_and_are_one_organisation(nlp: Any) -> None:
    text = (
        "Brokers\n\nAn analyst at Halvorsen Brothers and Co said shares rose, while Wexley and Sons "
        "Inc and J.P. Morgan and Co Inc held theirs. Britain and France agreed.\n"
    )
    ms = mentions_of(nlp, text)
    texts = {m.text: m.label for m in ms}
    assert texts.get("J.P. Morgan and Co Inc") == "ORG", texts
    assert "Co" not in texts and "Co Inc" not in texts, texts
    assert {"Britain", "France"} <= set(texts), texts
    # one firm, however its name is cut or written
    res = resolve_entities(ms + mentions_of(nlp, "Banks\n\nJ.P. Morgan said it would buy the bonds.\n"))
    assert res.find("J.P. Morgan and Co Inc") == res.find("J.P. Morgan")


def test_a_date_run_into_a_firm_name_stays_a_date(nlp: Any) -> None:
    from graphbuild.entities_firms import partnership_names

    doc = nlp("NEW YORK, March 3 - Jefferies and Co Inc said it bought the shares.")
    spans = [(e.text, e.label_) for e in partnership_names(doc, KEEP_LABELS)]
    firm = [t for t, label in spans if label == "ORG" and t.endswith("Co Inc")]
    assert firm and not firm[0].startswith("March"), spans


def test_shouted_headline_names_end_where_the_body_names_them(nlp: Any) -> None:
    text = (
        "WHITE HOUSE WITHDRAWS NOMINATION OF DEFENSE ADVISER\n\n"
        "WASHINGTON - Officials confirmed the move on Monday. A spokesman for the White House said the "
        "nomination had been withdrawn.\n"
    )
    tagged = {e.text for e in nlp(text).ents}
    headline = [m.text for m in mentions_of(nlp, text) if m.end <= text.index("\n")]
    assert "WHITE HOUSE" in headline, (tagged, headline)


def test_shouted_headline_cut_needs_a_name_of_two_words_in_the_body() -> None:
    from graphbuild.entities_extract import _shouted_headline_names

    text = "HALVORSEN BROTHERS SEEKS FUNDS\n\nOSLO - Halvorsen Brothers said it sought funds.\n"
    body = text.index("Halvorsen")
    ms = [
        Mention("doc:1", 0, 24, "HALVORSEN BROTHERS SEEKS", "ORG"),
        Mention("doc:1", body, body + 18, "Halvorsen Brothers", "ORG"),
    ]
    assert [m.text for m in _shouted_headline_names(text, ms)] == ["HALVORSEN BROTHERS", "Halvorsen Brothers"]
    # a one-word start is no cut (it would be a short form of every longer name it begins)
    ms = [
        Mention("doc:1", 0, 24, "HALVORSEN BROTHERS SEEKS", "ORG"),
        Mention("doc:1", body, body + 9, "Halvorsen", "ORG"),
    ]
    assert _shouted_headline_names(text, ms)[0].text == "HALVORSEN BROTHERS SEEKS"
    # a headline in lower case is read as tagged
    lower = "Halvorsen Brothers seeks funds\n\nOSLO - Halvorsen Brothers said it sought funds.\n"
    ms = [Mention("doc:1", 0, 24, "Halvorsen Brothers seeks", "ORG")]
    assert _shouted_headline_names(lower, ms) == ms


def test_shouted_headline_names_end_before_a_word_the_body_writes_as_common(nlp: Any) -> None:
    text = (
        "NTT FORECASTS PROFITS FALL\n\nTOKYO, March 3 - Nippon Telegraph and Telephone Corp (NTT) forecast "
        "on Tuesday that profits would fall this year, the company said.\n"
    )
    headline = [(m.text, m.label) for m in mentions_of(nlp, text) if m.end <= text.index("\n")]
    # "forecast" and "profits" are the body's common words; the cut name takes the body's label
    assert headline == [("NTT", "ORG")], headline
    # a headline mention that starts with a common word is no name
    text = "RECORD SEAT SALE\n\nLONDON - The airline said a record seat sale lifted revenue.\n"
    assert not [m for m in mentions_of(nlp, text) if m.end <= text.index("\n")]


def test_a_word_the_body_writes_in_a_name_is_no_common_word(nlp: Any) -> None:
    from graphbuild.entities_extract import common_words, stem

    text = "FIRST UNION TO BUY BANK\n\nCHARLOTTE - The first offer came from First Union Corp, it said.\n"
    common = common_words(nlp(text), text.index("\n"))
    assert {stem("offer"), stem("said"), "say"} <= common
    assert stem("FIRST") not in common and stem("UNION") not in common
    assert stem("PROFITS,") == stem("profit") == "profit"


def test_names_never_end_with_a_function_word(nlp: Any) -> None:
    ms = mentions_of(
        nlp,
        "Analysts at Florida National Banks of said on Monday the Organisation for Economic Co-operation and agreed.",
    )
    assert all(m.text.split()[-1].lower() not in {"of", "and", "for"} for m in ms), [m.text for m in ms]


def test_a_legal_form_alone_is_no_name(nlp: Any) -> None:
    texts = [m.text for m in mentions_of(nlp, "Shares of Jones and Co Inc rose. Co Inc said nothing.")]
    assert not any(t.rstrip(".") in ("Co", "Co Inc", "Inc") for t in texts), texts


def test_a_figure_after_a_dash_is_no_part_of_a_name(nlp: Any) -> None:
    texts = [m.text for m in mentions_of(nlp, "Results: Labour Party - 203, Conservative Party - 365.")]
    assert not any(any(c.isdigit() for c in t) for t in texts), texts


def test_a_model_number_written_with_a_hyphen_stays_a_name(nlp: Any) -> None:
    texts = [m.text for m in mentions_of(nlp, "Boeing said it sold five 747-400 jets to Qantas.")]
    assert not any(t == "747" for t in texts), texts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Superdelegates are the party officials who vote at the convention. Most superdelegates back Clinton.", "Superdelegates"),
        ("Sorghum production estimates remained steady at 3.2 mln tonnes. Farmers planted more sorghum this year.", "Sorghum"),
    ],
)  # fmt: skip
def test_a_common_word_opening_a_sentence_is_no_name(nlp: Any, text: str, word: str) -> None:
    # the tagger labels the capitalised first word a group or a place; the text writes it in lower case too
    doc = nlp(text)
    assert word in [e.text for e in doc.ents]  # the tagger's error the rule is for
    ms = mentions_of(nlp, text)
    assert word not in [m.text for m in ms]


def test_a_name_written_capitalised_inside_a_sentence_stays_a_name(nlp: Any) -> None:
    # "Trump" opens the first sentence (tagged a common noun) and "trump" is also a verb here, but the
    # last sentence writes it capitalised where no sentence opens: a name
    text = "Trump is ahead in the first states, the poll said. Voters may trump the party, and the party backs Trump."
    doc = nlp(text)
    assert doc[0].pos_ != "PROPN"  # what makes the case
    ms = mentions_of(nlp, text)
    assert [m.start for m in ms if m.text == "Trump"] == [0, text.rindex("Trump")]


@pytest.mark.parametrize(
    ("text", "portfolio", "person"),
    [
        (
            "Defense Secretary Ash Carter told a Senate panel on Wednesday that the plan would go ahead.",
            "Defense",
            "Ash Carter",
        ),
        ("Interior Minister Luis Robles said the worst violence was in Quito.", "Interior", "Luis Robles"),
    ],
)
def test_a_portfolio_opening_a_title_is_no_organisation(
    nlp: Any, text: str, portfolio: str, person: str
) -> None:
    # the tagger cuts the portfolio off the title it opens and calls it an organisation
    assert (portfolio, "ORG") in [(e.text, e.label_) for e in nlp(text).ents]  # the tagger's error
    ms = mentions_of(nlp, text)
    assert portfolio not in [m.text for m in ms]
    assert find(ms, person).label == "PERSON"


def test_a_portfolio_naming_its_ministry_stays_an_organisation(nlp: Any) -> None:
    ms = mentions_of(nlp, "The Finance Ministry said on Monday that revenue rose, and the Senate agreed.")
    assert find(ms, "Finance Ministry").label == "ORG"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Utilities output rose 0.7 pct in February after a 1.2 pct rise in January.", "Utilities"),
        ("Wholesalers' inventories rose 1.3 pct in January to 140.25 billion dlrs.", "Wholesalers"),
        ("Queues formed at petrol stations in Sao Paulo late last night.", "Queues"),
        ("Quoting military sources, the agency said a bomb had exploded near the base.", "Quoting"),
        ("The mayor's term ends in 2024. Realistically, Melbourne will not host the games.", "Realistically"),
    ],
)
def test_a_plural_verb_or_adverb_opening_a_sentence_is_no_name(nlp: Any, text: str, word: str) -> None:
    # the text never writes the word in lower case, but the tagger reads no singular noun in it
    assert word in [e.text for e in nlp(text).ents]  # the tagger's error the rule is for
    assert word.lower() not in text
    assert word not in [m.text for m in mentions_of(nlp, text)]


def test_a_name_read_as_a_plural_stays_when_written_inside_a_sentence(nlp: Any) -> None:
    text = "Sanders said the plan would work. Voters in Iowa backed Bernie Sanders on Monday."
    assert nlp(text)[0].tag_ == "NNS"  # what makes the case
    assert (0, "Sanders") in [(m.start, m.text) for m in mentions_of(nlp, text)]


def test_the_first_word_of_a_named_day_is_no_name(nlp: Any) -> None:
    # the tagger splits "Super Tuesday" into a place "Super" and the date "Tuesday"
    text = "Clinton won seven states on Super Tuesday, the AP said."
    assert ("Super", "GPE") in [(e.text, e.label_) for e in nlp(text).ents]  # the tagger's error
    assert [m.text for m in mentions_of(nlp, text)] == ["Clinton", "AP"]


def test_a_name_before_a_weekday_stays_when_written_alone_elsewhere(nlp: Any) -> None:
    # the parser makes "Trump" a compound of "Wednesday", as it does "Super"; the text names him elsewhere
    text = "Hannity asked Trump Wednesday if the wall was still in Trump's plans."
    doc = nlp(text)
    assert (doc[2].text, doc[2].dep_, doc[2].head.text) == ("Trump", "compound", "Wednesday")  # the case
    assert text.index("Trump") in [m.start for m in mentions_of(nlp, text)]


def test_a_surname_the_tagger_calls_a_facility_once_is_the_person_named_in_full(nlp: Any) -> None:
    text = (
        "Marco Rubio won the debate on Monday. Supporters in the state legislature are endorsing Rubio. "
        "Rubio said he would stay in the race."
    )
    ms = mentions_of(nlp, text)
    assert [(m.text, m.label) for m in ms] == [
        ("Marco Rubio", "PERSON"),
        ("Rubio", "FAC"),
        ("Rubio", "PERSON"),
    ]
    entities = resolve_entities(ms).entities
    assert [(e.name, e.type, len(e.mentions)) for e in entities] == [("Marco Rubio", "PERSON", 3)]
