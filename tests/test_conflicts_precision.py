"""CONFLICTS_WITH is for two sources' figures for one quantity: what is not one (or not a figure) stays unflagged.

Built on a multi-story corpus (Wikinews, Reuters), the first conflict finder flagged pairs that only
shared a country or a speaker: a 60-year-old man's death against a national toll, a radius against
the distance to the Sun, two pipelines, a month and the year to date. Each test pins one rule of
the module docstring of :mod:`graphbuild.crossdoc_conflicts`, with hand-written sentences.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers import make_attr, make_doc, make_entity, two_outlet_statements

from graphbuild.crossdoc import (
    MentionIndex,
    NumericClaim,
    compare_claims,
    find_conflicts,
    merge_statements,
    numeric_claims,
)
from graphbuild.crossdoc_conflicts import qualified_range, report_claims
from graphbuild.model import Statement, TimeSpan


def _statements(first: str, second: str, *, days: tuple[date, date] = (date(2025, 3, 2), date(2025, 3, 3))):
    """Two reports by one speaker (Ruiz) in two outlets, and the publication days of their documents."""
    statements, published, _ = two_outlet_statements(first, second, speakers=("Ruiz", "Ruiz"), days=days)
    return statements, published


def _flags(first: str, second: str, **kw: tuple[date, date]) -> list[str]:
    statements, published = _statements(first, second, **kw)
    assert len(statements) == 2
    return [dict(c.details)["severity"] for c in find_conflicts(statements, published=published)]


def test_a_toll_given_two_ways_by_two_outlets_is_flagged() -> None:
    assert _flags(
        "at least 40 miners were killed in the blast", "nearly 25 miners were killed in the blast"
    ) == ["contradiction"]


def test_a_party_s_own_people_lost_are_its_toll() -> None:
    """ "9 of its fighters had died" is the front's toll of its fighters, as "9 fighters died" is; a
    figure of some of a group named otherwise ("9 of the fighters") stays a part of it."""
    assert _flags(
        "9 of its fighters had died in the fighting for the town",
        "120 fighters were killed in the fighting for the town",
    ) == ["contradiction"]
    assert _flags(
        "three of our soldiers were wounded in the fighting", "40 soldiers were wounded in the fighting"
    ) == ["contradiction"]
    claims = [
        c
        for s in _statements("the army said 15 of its soldiers were killed", "x 1")[0]
        for c in numeric_claims(s)
    ]
    assert [(c.value, c.noun, c.quantity, c.text) for c in claims] == [
        (15.0, "soldier", "deaths", "15 of its soldiers")
    ]
    assert (
        _flags(
            "9 of the fighters had died in the fighting for the town",
            "120 fighters were killed in the fighting for the town",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the verb after the group's noun is the part's: the toll is the part, the group no toll
        (
            "at least 5 of the 40 miners died",
            [(5.0, "at least", "miner", "deaths", "at least 5 of the 40 miners")],
        ),
        (
            "Three of the 12 miners were killed in the blast.",
            [(3.0, None, "miner", "deaths", "Three of the 12 miners")],
        ),
        (
            "32 of the 543 passengers and crew were confirmed dead",
            [(32.0, None, "passenger", "deaths", "32 of the 543 passengers")],
        ),
        (
            "the army said 15 of its 200 soldiers were wounded",
            [(15.0, None, "soldier", "injuries", "15 of its 200 soldiers")],
        ),
        # a part with no figure: the group is still no toll
        ("most of the 300 passengers were killed", []),
        ("5 of the 40 miners in the pit were killed", [(5.0, None, "miner", "deaths", "5 of the 40 miners")]),
        ("one of the 12 miners died", []),
        # a participle after the noun tells it of the group, which is the toll; so does a class noun
        ("31 of the 40 people killed were civilians", [(40.0, None, "people", "deaths", "40 people")]),
        (
            "31 of the 40 people in the bus killed were civilians",
            [(40.0, None, "people", "deaths", "40 people")],
        ),
        (
            "12 of the 30 workers trapped in the mine had been rescued",
            [(30.0, None, "worker", "trapped", "30 workers")],
        ),
        (
            "three of the 53 wounded remained hospitalized",
            [(53.0, None, "wounded", "injuries", "53 wounded")],
        ),
    ],
)
def test_a_group_a_part_is_drawn_from_is_no_toll(text: str, read: list[tuple[object, ...]]) -> None:
    """ "5 of the 40 miners died" tells of 5 deaths among 40 miners; reading 40 deaths from it would set
    the story's toll against another outlet's "5 miners died" as a contradiction."""
    assert [(c[0], c[1], c[2], c[3], c[4]) for c in report_claims(text)] == read


def test_a_part_s_toll_is_compared_and_its_group_is_not() -> None:
    """End to end: the toll compared is the part's ("at least 5"), not the group's 40."""
    statements, published = _statements(
        "at least 5 of the 40 miners on the shift died in the blast",
        "the blast killed 2 miners, rescuers said",
    )
    assert [dict(c.details)["ranges"] for c in find_conflicts(statements, published=published)] == [
        ("[5, inf]", "[1.9, 2.1]")
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # ages and speeds are figures, but no claim's quantity
        ("a 60-year-old man died in the blast", "over 200 people died in the blast"),
        ("the man, aged 60, died in the blast", "over 200 people died in the blast"),
        ("winds of 30 miles per hour hit the coast", "winds of 90 miles hit the coast"),
        ("gusts reached 295 km/h at the coast", "gusts reached 100 km at the coast"),
        # a compound measure is not a distance
        ("the airline flew 613 seat miles on the route", "the airline flew 299 miles on the route"),
        # an increase is not the quantity
        ("the agency accepted 3,000 more acres of cropland", "the agency accepted 12,000 acres of cropland"),
        ("another 300 people were killed in the fighting", "1,200 people were killed in the fighting"),
        # a part of a group is not its count
        ("200 of the soldiers were killed in the fighting", "2,000 soldiers were killed in the fighting"),
        ("120 of the villagers were killed in the quake", "410 villagers were killed in the quake"),
        ("31 of them were killed in the quake", "410 villagers were killed in the quake"),
        (
            "200 of its personnel were withdrawn after the fighting",
            "2,000 soldiers were killed in the fighting",
        ),
        # two sides' tolls, however many words they share
        ("120 rebels were killed in the clashes", "15 soldiers were killed in the clashes"),
        # tolls that share nothing but what is counted
        ("1,000 people died in the flood", "55,000 people died of the virus"),
    ],
)
def test_what_is_not_one_quantity_is_not_flagged(first: str, second: str) -> None:
    assert _flags(first, second) == []


def test_miles_and_kilometres_are_compared_in_one_unit() -> None:
    assert (
        _flags("the quake damaged 25 miles of the pipeline", "the quake damaged 40 km of the pipeline") == []
    )
    assert _flags(
        "the quake damaged 25 miles of the pipeline", "the quake damaged 60 km of the pipeline"
    ) == ["contradiction"]
    claim = numeric_claims(_statements("the fire burned 100 acres of forest", "x 1")[0][0])[0]
    assert claim.quantity == "area" and claim.value == pytest.approx(40.468564)


def test_people_are_counted_by_the_nearest_cue() -> None:
    statements, _ = _statements(
        "up to 300 people were feared dead and more than 15,000 people left homeless", "x 1"
    )
    classes = {c.value: c.quantity for s in statements for c in numeric_claims(s)}
    assert classes == {300.0: "deaths", 15000.0: "displaced"}
    statements, _ = _statements("at least 12 passengers were still missing after the ferry sank", "x 1")
    assert [c.quantity for s in statements for c in numeric_claims(s)] == ["missing"]


def test_undated_figures_published_weeks_apart_are_not_compared() -> None:
    first, second = "at least 40 miners were killed in the blast", "nearly 25 miners were killed in the blast"
    assert _flags(first, second, days=(date(2025, 3, 2), date(2025, 3, 9))) == ["contradiction"]
    assert _flags(first, second, days=(date(2025, 3, 2), date(2025, 4, 2))) == []


def test_said_times_when_both_have_one_else_publication_days() -> None:
    statements, published = _statements(
        "at least 40 miners were killed in the blast",
        "nearly 25 miners were killed in the blast",
        days=(date(2025, 3, 2), date(2025, 4, 2)),
    )
    march = TimeSpan.day(date(2025, 3, 1), rule="r")
    said = [Statement(**{**s.__dict__, "said": march}) for s in statements]
    assert len(find_conflicts(said, published=published)) == 1  # said the same day, published a month apart
    assert len(find_conflicts(statements)) == 1  # no publication days known: taken as contemporary


def test_one_article_giving_both_figures_is_no_conflict_between_sources() -> None:
    text = "Ruiz said 40 miners were killed in the blast. Ruiz said 25 miners were killed in the flood."
    doc = make_doc(text, outlet="A")
    entity = make_entity("ent:ruiz", "Ana Ruiz", "PERSON", doc, "Ruiz")
    index = MentionIndex.from_entities([entity])
    a1 = make_attr(doc, "40 miners were killed in the blast", speaker="Ruiz", mode="indirect")
    a2 = make_attr(doc, "25 miners were killed in the flood", speaker="Ruiz", mode="indirect")
    statements = merge_statements(
        [a1, a2], speaker_of=lambda a: "ent:ruiz", mentions=index, speaker_names={"ent:ruiz": "Ana Ruiz"}
    )
    assert len(statements) == 2
    assert numeric_claims(statements[0]) and numeric_claims(statements[1])
    assert find_conflicts(statements) == []


def test_money_is_compared_only_between_one_speakers_reports() -> None:
    assert _flags(
        "the deal is worth $2.1 billion to the buyer", "the deal is worth $1.4 billion to the buyer"
    ) == ["contradiction"]
    d1 = make_doc("Ruiz said the deal is worth $2.1 billion to the buyer.", outlet="A")
    d2 = make_doc("Park said the deal is worth $1.4 billion to the buyer.", outlet="B")
    entities = [
        make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1, "Ruiz"),
        make_entity("ent:park", "Lee Park", "PERSON", d2, "Park"),
        make_entity("ent:deal", "deal", "ORG", d1, "deal"),
        make_entity("ent:deal", "deal", "ORG", d2, "deal"),
    ]
    index = MentionIndex.from_entities(entities)
    attrs = [
        make_attr(d1, "the deal is worth $2.1 billion to the buyer", speaker="Ruiz", mode="indirect"),
        make_attr(d2, "the deal is worth $1.4 billion to the buyer", speaker="Park", mode="indirect"),
    ]
    statements = merge_statements(
        attrs,
        speaker_of=lambda a: index.at(a.doc_id, *a.speaker_span) if a.speaker_span else None,
        mentions=index,
        speaker_names={"ent:ruiz": "Ana Ruiz", "ent:park": "Lee Park"},
    )
    assert all("ent:deal" in s.about for s in statements)  # they share an entity ...
    assert find_conflicts(statements) == []  # ... but two speakers' amounts may price two things


def test_said_days_apart_within_the_tolerance_are_compared() -> None:
    statements, published = _statements(
        "at least 40 miners were killed in the blast", "nearly 25 miners were killed in the blast"
    )

    def said_on(day: date) -> TimeSpan:
        return TimeSpan.day(day, rule="r")

    two_days = [
        Statement(**{**statements[0].__dict__, "said": said_on(date(2025, 3, 1))}),
        Statement(**{**statements[1].__dict__, "said": said_on(date(2025, 3, 3))}),
    ]
    assert len(find_conflicts(two_days, published=published)) == 1
    ten_days = [two_days[0], Statement(**{**statements[1].__dict__, "said": said_on(date(2025, 3, 11))})]
    assert find_conflicts(ten_days, published=published) == []


def test_documents_of_one_story_relate_statements_that_share_no_entity() -> None:
    d1 = make_doc("Officials said at least 40 miners were killed in the blast.", outlet="A")
    d2 = make_doc("Rescuers said nearly 25 miners were killed in the blast.", outlet="B")
    attrs = [
        make_attr(d1, "at least 40 miners were killed in the blast", speaker="Officials", mode="indirect"),
        make_attr(d2, "nearly 25 miners were killed in the blast", speaker="Rescuers", mode="indirect"),
    ]
    statements = merge_statements(attrs, speaker_of=lambda a: None, mentions=MentionIndex.from_entities([]))
    assert len(statements) == 2 and not any(s.about or s.speaker for s in statements)
    story = frozenset({"ent:mine", "ent:town", "ent:company", "ent:governor"})
    assert find_conflicts(statements) == []  # nothing relates them
    one = {d1.id: story, d2.id: story | {"ent:union"}}
    assert len(find_conflicts(statements, document_entities=one)) == 1
    apart = {d1.id: story, d2.id: frozenset({"ent:mine", "ent:court", "ent:judge", "ent:bank", "ent:x"})}
    assert find_conflicts(statements, document_entities=apart) == []  # one shared entity is no story


def test_a_day_of_the_month_is_no_count() -> None:
    statements, _ = _statements("on March 20 - Chadian troops killed 384 Libyans in the fighting", "x 1")
    assert [c.value for s in statements for c in numeric_claims(s)] == []
    statements, _ = _statements("March 20 saw 384 soldiers killed in the fighting", "x 1")
    assert [c.value for s in statements for c in numeric_claims(s)] == [384.0]


def test_entities_the_sources_name_relate_two_statements_without_a_speaker() -> None:
    """'An Iraqi officer' and 'Iraqi military sources' name no speaker entity (a nationality beside a
    common noun is no speaker), but both tolls are the Iraqi side's: the nationality their sources
    name relates them as a shared subject would."""
    first, second = (
        "at least 40 soldiers were killed in the attack",
        "nearly 25 soldiers were killed in the attack",
    )
    d1 = make_doc(f"An Iraqi officer said {first}.", outlet="A", published=date(2025, 3, 2))
    d2 = make_doc(f"Iraqi military sources said {second}.", outlet="B", published=date(2025, 3, 3))
    a1, a2 = make_attr(d1, first, mode="indirect"), make_attr(d2, second, mode="indirect")
    a1 = replace(a1, source=(0, len("An Iraqi officer")))
    a2 = replace(a2, source=(0, len("Iraqi military sources")))
    index = MentionIndex.from_entities(
        [make_entity("ent:iraqi", "Iraqi", "NORP", d, "Iraqi") for d in (d1, d2)]
    )
    statements = merge_statements([a1, a2], speaker_of=lambda a: None, mentions=index)
    assert len(statements) == 2 and not any(s.speaker for s in statements)
    published = {d1.id: "2025-03-02", d2.id: "2025-03-03"}
    assert find_conflicts(statements, published=published) == []
    named = {
        s.id: frozenset(e for r in s.reports if r.source for e in index.within(r.doc_id, *r.source))
        for s in statements
    }
    flags = find_conflicts(statements, published=published, source_entities=named)
    assert [dict(c.details)["severity"] for c in flags] == ["contradiction"]


def test_a_floor_and_a_figure_half_as_much_again_diverge() -> None:
    def claim(value: float, qualifier: str | None) -> NumericClaim:
        return NumericClaim("s", value, qualifier, "people", "deaths", "", *qualified_range(value, qualifier))

    assert compare_claims(claim(34, "at least"), claim(61, None)) == "divergence"
    assert compare_claims(claim(11, "at least"), claim(19, None)) == "divergence"
    assert compare_claims(claim(200, "more than"), claim(240, None)) is None  # within it: they agree
    assert compare_claims(claim(60, "more than"), claim(70, None)) is None
