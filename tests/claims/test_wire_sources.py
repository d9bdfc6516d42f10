"""Sources in wire copy: the city of a dateline is never the source of the first sentence
("CLEVELAND, March 3 - Acme Corp said ...": the parser makes the city the subject of "said"), and
"the company" / "the bank" said stands for the firm or bank named before it. Real spaCy pipeline."""

from __future__ import annotations

import pytest

from graphbuild.datelines import dateline_span, heading_end


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Plant sold\n\nCLEVELAND, March 3 - Harwick Broadcasting Co said it sold its plant to a rival.",
            "Harwick Broadcasting Co",
        ),
        (
            "Rating cut\n\nNEW YORK, March 6 - Standard and Poor's Corp said it cut the rating of the notes.",
            "Standard and Poor's Corp",
        ),
        (
            "Split declared\n\nKANSAS CITY, Mo., March 2 - Acme Foods Inc said its board declared a split.",
            "Acme Foods Inc",
        ),
    ],
)
def test_dateline_city_is_not_the_source(attribute, text: str, source: str) -> None:
    atts = attribute(text)
    assert atts, text
    first = min(atts, key=lambda a: a.content[0])
    assert first.source is not None
    assert text[first.source[0] : first.source[1]] == source


def test_a_subject_after_no_dateline_is_kept(attribute) -> None:
    text = "Bridge\n\nThe mayor said on Monday that the bridge would reopen in May."
    atts = attribute(text)
    assert [text[a.source[0] : a.source[1]] for a in atts if a.source] == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("T\n\nCLEVELAND, March 3 - Acme said", "CLEVELAND, March 3 - "),
        ("T\n\nKANSAS CITY, Mo., March 2 - Acme said", "KANSAS CITY, Mo., March 2 - "),
        ("T\n\nTOKYO (Wire) - The bank said", "TOKYO (Wire) - "),
        ("T\n\nLyon, France (Wire) — Officials said", "Lyon, France (Wire) — "),
        ("T\n\nSmith said on Monday - in a statement - that it was over.", None),
        ("T\n\nThe President - who had left - said so.", None),
        ("Just one line - no body", None),
    ],
)
def test_dateline_span(text: str, dateline: str | None) -> None:
    span = dateline_span(text)
    assert (text[span[0] : span[1]] if span else None) == dateline
    if dateline is not None:
        assert heading_end(text) == text.index(dateline) + len(dateline)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Results\n\nGlaxo Holdings Plc posted a loss. Sales fell in the quarter. "
            "The company said it expected a recovery next year.",
            "Glaxo Holdings Plc",
        ),
        (
            "Rates\n\nThe Bank of Thailand cut rates on Monday. Traders were surprised. "
            "The central bank said inflation was low.",
            "Bank of Thailand",
        ),
        # a firm named in between is no central bank: its name lacks the description's modifier
        (
            "Rates\n\nThe Bank of Thailand cut rates on Monday. Thai Farmers Bank Ltd posted a loss. "
            "The central bank said inflation was low.",
            "Bank of Thailand",
        ),
    ],
)
def test_the_company_is_the_firm_named_before(attribute, text: str, speaker: str) -> None:
    atts = attribute(text)
    assert [a.speaker for a in atts] == [speaker], [(a.speaker, a.content_text) for a in atts]


@pytest.mark.parametrize(
    "text",
    [
        # "the new company" may be another one; "the companies" are several; "a company" is none
        "Merger\n\nGlaxo Holdings Plc posted a loss. The new company said it would hire staff.",
        "Merger\n\nGlaxo Holdings Plc posted a loss. The companies said they would hire staff.",
        "Merger\n\nGlaxo Holdings Plc posted a loss. A company said it would hire staff.",
        # a firm the statement names is not its speaker
        "Talks\n\nPiedmont Aviation Inc shares rose. The company said it was in talks with Piedmont.",
        # the organisation named before is no firm
        "Ruling\n\nThe Supreme Court ruled on Monday. The company said it would appeal.",
        # a commercial bank is not "the central bank" (a Malaysian legal form: Bhd)
        "Loans\n\nUnited Asian Bank Bhd posted a loss for the year. Bad debts rose, the central bank said.",
    ],
)
def test_the_company_stays_unresolved_when_nothing_names_it(attribute, text: str) -> None:
    last = [a for a in attribute(text) if a.content[0] > text.rindex(". ")]
    assert last and all(a.speaker is None for a in last), [(a.speaker, a.content_text) for a in last]


def test_it_said_is_the_firm_named_just_before(attribute) -> None:
    text = (
        "Results\n\nGlaxo Holdings Plc posted a loss for the year. Sales fell in the fourth quarter. "
        "It said demand would recover."
    )
    it = [a for a in attribute(text) if a.content_text.startswith("demand")]
    assert [a.speaker for a in it] == ["Glaxo Holdings Plc"]
    # too far back, or no firm at all: unresolved
    far = "Results\n\nGlaxo Holdings Plc posted a loss. Sales fell. Prices rose. Costs rose. It said demand would recover."
    assert [a.speaker for a in attribute(far) if a.content_text.startswith("demand")] == [None]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("A company spokesman", "Glaxo Holdings Plc"),
        ("A spokesman for the company", "Glaxo Holdings Plc"),
        ("A spokesman", None),
        ("A spokesman for a company buying its shares", None),
    ],
)
def test_a_company_spokesman_speaks_for_the_firm(attribute, source: str, speaker: str | None) -> None:
    text = f"Results\n\nGlaxo Holdings Plc posted a loss. {source} said demand would recover."
    found = [a.speaker for a in attribute(text) if a.content_text.startswith("demand")]
    assert found == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "SOVIET EXPORTS UNLIKELY\n\nNEW YORK, March 11 - There is little chance Soviet exports to the U.S. "
        "will rise in 1987, analysts said.\n",
        "SUGAR CROP REVISED\n\nWASHINGTON, March 4 - China's sugar crop has been revised to 5.26 mln "
        "tonnes, the Agriculture Department said.\n",
    ],
)
def test_a_dateline_is_no_part_of_what_was_said(attribute, text: str) -> None:
    """The dateline says where and when the story was filed: two outlets' or two days' copies of one
    claim must not differ by it (its day is a figure), and a reader does not want it quoted."""
    (a,) = attribute(text)
    dateline = dateline_span(text)
    assert dateline is not None and a.content[0] >= dateline[1]
    assert not a.content_text.startswith(("NEW YORK", "WASHINGTON", "March"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a firm named with no legal form, that spoke: "the company" and "it" after it are it
        (
            "Traffic\n\nWings West Airlines said its load factor was steady in February. "
            "The company said demand would recover.",
            "Wings West Airlines",
        ),
        (
            "Traffic\n\nWings West Airlines said its load factor was steady in February. "
            "Prices fell, it said. Demand would recover, it said.",
            "Wings West Airlines",
        ),
        # written as a source, untagged, its last word a group noun
        (
            "Offering\n\nThe Federal National Mortgage Association said it would clarify its offering. "
            "It said demand would recover.",
            "Federal National Mortgage Association",
        ),
        # nor a document that spoke in between
        (
            "Traffic\n\nWings West Airlines said its load factor was steady. Costs rose, the report said. "
            "The company said demand would recover.",
            "Wings West Airlines",
        ),
        # "the company" is no public body that spoke in between
        (
            "Traffic\n\nWings West Airlines said its load factor was steady. The Federal Aviation "
            "Administration said it had approved new routes. The company said demand would recover.",
            "Wings West Airlines",
        ),
    ],
)
def test_the_company_is_the_firm_that_spoke(attribute, text: str, speaker: str) -> None:
    atts = attribute(text)
    found = [a.speaker for a in atts if a.content_text.lower().startswith("demand")]
    # the tagger may name the firm shorter ("West Airlines"): the speaker is whom the first report names
    assert len(found) == 1 and found[0], [(a.speaker, a.content_text) for a in atts]
    name = found[0].removeprefix("The ")
    assert speaker.endswith(name) and atts[0].speaker.endswith(name)


@pytest.mark.parametrize(
    "text",
    [
        # "it" after a thing that spoke since is that thing, which names no one
        "Traffic\n\nWings West Airlines said its load factor was steady. Costs rose, the report said. "
        "Demand would recover, it added.",
        # a firm that spoke is no "they"
        "Traffic\n\nWings West Airlines said its load factor was steady. They said demand would recover.",
        # nor "he": a name with a legal form, or one the wire marks with a ticker, is a firm
        "Metals\n\nPechiney SA said its output rose 5 pct last year. He said demand would recover.",
        "Metals\n\nPARIS, March 3 - Pechiney <PUKG.PA> said its output rose 5 pct. He said demand would recover.",
    ],
)
def test_it_and_they_are_not_the_firm_that_spoke(attribute, text: str) -> None:
    found = [a.speaker for a in attribute(text) if a.content_text.lower().startswith("demand")]
    assert found == [None]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("A Volkswagen statement", "Volkswagen"),
        ("A company statement", "Volkswagen AG"),
        ("The statement", None),
    ],
)
def test_a_statement_speaks_for_its_owner_and_it_after_it(
    attribute, source: str, speaker: str | None
) -> None:
    text = (
        "Results\n\nVolkswagen AG said it had dismissed the head of its currency department. "
        f"{source} said the losses were large. It said it had also suspended two managers."
    )
    atts = attribute(text)
    found = [a.speaker for a in atts if a.content_text.startswith(("the losses", "it had also"))]
    assert found == [speaker, speaker], [(a.source_text, a.speaker, a.content_text) for a in atts]


def test_a_ticker_taken_for_the_subject_is_the_name_before_it(attribute) -> None:
    text = "MARLOW PLANS OFFER\n\nNEW YORK, March 3 - Marlow and Finch Inc <MFI> said it plans to sell two mln shares."
    assert [(a.source_text, a.speaker) for a in attribute(text)] == [("Marlow and Finch Inc",) * 2]


def test_a_ticker_in_the_headline_is_the_name_before_it(attribute) -> None:
    text = (
        "HERITAGE <HHH> SAYS MOST WARRANTS EXERCISED\n\nLOS ANGELES, March 3 - Heritage Entertainment Inc "
        "said most of its warrants were exercised."
    )
    assert [a.source_text for a in attribute(text)] == ["HERITAGE", "Heritage Entertainment Inc"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "DREXEL RESULTS\n\nNEW YORK, March 13 - <Drexel Burnham Lambert Inc> said during the first nine "
            "weeks of 1987 it managed 57 transactions.",
            "Drexel Burnham Lambert Inc",
        ),
        (
            "Shares of <Pizza Inn Inc> rose after <Pantera Corp> said it would buy the company.",
            "Pantera Corp",
        ),
        (
            "BRYSON BUYS\n\nLONDON, March 3 - <Bryson Oil and Gas Plc> said it paid a cash consideration of "
            "around 5.4 mln dlrs.",
            "Bryson Oil and Gas Plc",
        ),
    ],
)
def test_a_name_the_wire_marks_with_brackets_is_the_source_not_its_bracket(
    attribute, text: str, source: str
) -> None:
    # the parser takes the closing ">" (or the opening "<") for the subject of "said"
    assert [a.source_text for a in attribute(text)][:1] == [source]


def test_he_after_a_spokesman_is_the_spokesman_who_speaks_for_the_firm(attribute) -> None:
    text = (
        "Metals\n\nPARIS, March 3 - Pechiney <PUKG.PA> said its output rose. A Pechiney spokesman said "
        "two working groups would meet. He said it was too soon to estimate the value."
    )
    assert [(a.source_text, a.speaker) for a in attribute(text)] == [
        ("Pechiney", "Pechiney"),
        ("A Pechiney spokesman", "Pechiney"),
        ("He", "Pechiney"),
    ]


def test_he_is_the_subject_of_its_own_sentence_before_a_spokesman_heard_earlier(attribute) -> None:
    """The tagger may miss a surname it has seen ("Ortner, who ..., said"); the subject of a speech verb in
    the pronoun's own sentence is still nearer than a spokesman of the sentence before."""
    text = (
        "Yen\n\nEconomist Robert Ortner said the yen was undervalued. Asked for reaction, a Treasury "
        "spokesman said officials had no comment. Ortner, who stressed he was expressing personal views, "
        "said he thought the dollar was fairly priced, he said."
    )
    last = attribute(text)[-1]
    assert (last.source_text, last.speaker) == ("he", "Robert Ortner")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a wire ticker is no name of the employer
        (
            "Rail\n\nA Norfolk Southern Corp <NSC> spokesman said the company had no comment.",
            "Norfolk Southern Corp",
        ),
    ],
)
def test_a_spokesman_speaks_for_the_organisation_named_in_full(attribute, text: str, speaker: str) -> None:
    assert [a.speaker for a in attribute(text)] == [speaker]


def test_of_joins_the_two_parts_of_a_name_the_tagger_split(nlp) -> None:
    """Wire copy wraps lines inside names ("an Army Corps of\nEngineers spokesman"), where the tagger may
    find two organisations; the employer is the whole name."""
    from graphbuild.claims.speakers import SpeakerIndex

    text = "Ice was reported on the river, an Army Corps of Engineers spokesman said."
    index = SpeakerIndex(nlp(text))
    start = text.index("Army")
    index.orgs = [("Army Corps", (start, start + 10)), ("Engineers", (start + 14, start + 23))]
    head = next(t for t in index.doc if t.text == "spokesman")
    found = index._employer(head, (text.index("an Army"), head.idx + len(head)), [])
    assert found is not None and found.name == "Army Corps of Engineers"


def test_a_spokesman_for_an_organisation_and_the_spokesman_after_him_speak_for_it(attribute) -> None:
    text = (
        "Sugar\n\nBRUSSELS, March 11 - The EC Commission declined to comment on the sugar offers. However, a "
        "spokesman for the Commission confirmed the offers had been made. The spokesman said the EC would "
        "have to accept all the offers. He said there was virtually no sugar held in intervention stores."
    )
    found = [(a.source_text, a.speaker) for a in attribute(text)][-3:]
    assert found == [
        ("a spokesman for the Commission", "Commission"),
        ("The spokesman", "Commission"),
        ("He", "Commission"),
    ]


@pytest.mark.parametrize(("pronoun", "speaker"), [("She", "Pechiney"), ("He", None)])
def test_a_spokeswoman_is_she_not_he(attribute, pronoun: str, speaker: str | None) -> None:
    text = (
        "Metals\n\nPARIS, March 3 - Pechiney <PUKG.PA> said its output rose. A Pechiney spokeswoman said "
        f"two working groups would meet. {pronoun} said it was too soon to estimate the value."
    )
    assert attribute(text)[-1].speaker == speaker
