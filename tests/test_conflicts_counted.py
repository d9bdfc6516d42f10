"""What a figure counts, matched across wordings: people displaced however an outlet says it ("had left
their homes", "were forced from their homes"), the cue that describes the figure rather than the next
clause's, rescued and unaccounted-for people, homes destroyed or damaged, and context words read as one
("died" / "killed", "scorched" / "burned"). Sharing only the class's own cue word ("killed") is no
evidence that two sources' tolls count one thing.

Unit tests read hand-written sentences with :func:`~graphbuild.crossdoc_conflicts.report_claims` (a pure
function of the text); the end-to-end tests build a graph with the real spaCy pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import built_conflicts, two_outlet_statements

from graphbuild.crossdoc import find_conflicts
from graphbuild.crossdoc_conflicts import report_claims
from graphbuild.crossdoc_tokens import content_tokens
from graphbuild.model import Conflict


def _classes(text: str) -> list[tuple[float, str]]:
    return [(value, quantity) for value, _, _, quantity, *_ in report_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "more than 4,000 people had left their homes in the valley",
        "about 1,200 residents were forced from their homes by the water",
        "some 800 villagers fled their homes overnight",
        "nearly 3,000 people were moved out of their homes",
        "some 5,000 people were without shelter in the province",
    ],
)
def test_people_displaced_are_read_from_the_phrases_outlets_use(text: str) -> None:
    assert [q for _, q in _classes(text)] == ["displaced"]


def test_people_returning_home_are_no_displaced_figure() -> None:
    assert _classes("more than 4,000 people had returned to their homes in the valley") == []


def test_the_cue_of_a_figure_is_its_own_clause_s() -> None:
    assert _classes("the quake struck, killing at least 34 people and injuring more than 200") == [
        (34.0, "deaths"),
        (200.0, "injuries"),  # its noun left out: the people its verb injured
    ]
    assert _classes("the blast killed 40 miners, and 120 workers were injured") == [
        (40.0, "deaths"),
        (120.0, "injuries"),
    ]
    assert _classes("up to 300 people were feared dead and more than 15,000 people left homeless") == [
        (300.0, "deaths"),
        (15000.0, "displaced"),
    ]


def test_rescued_and_unaccounted_for_people_are_two_figures() -> None:
    assert _classes("only 96 people had been rescued and more than 90 were unaccounted for") == [
        (96.0, "rescued"),
        (90.0, "missing"),
    ]
    assert _classes("rescuers said 139 survivors had been found") == [(139.0, "rescued")]


def test_a_noun_past_vs_is_the_other_figure_s() -> None:
    assert _classes("Oper shr loss 53 cts vs loss 45 cts") == []  # a table row, no death toll
    assert _classes("Net loss 632,000 vs loss 437,000") == []
    assert _classes("the quake killed 36 people versus 20 in the last one") == [(36.0, "deaths")]


def test_homes_are_counted_by_what_happened_to_them() -> None:
    assert _classes("at least 40 homes had been destroyed") == [(40.0, "buildings destroyed")]
    assert _classes("31 houses destroyed, fewer than first feared") == [(31.0, "buildings destroyed")]
    assert _classes("the storm damaged 2,100 houses along the coast") == [(2100.0, "buildings damaged")]
    assert _classes("the builder sold 300 homes last year") == []


def _context(text: str) -> frozenset[str]:
    (claim,) = report_claims(text)
    return claim[7]


def test_context_words_of_one_meaning_compare_equal() -> None:
    shared = _context("the fire had scorched 8,000 hectares of pine forest") & _context(
        "the blaze burned 12,000 hectares of pine"
    )
    assert shared == content_tokens("burned fire pine")


def _two_speakers(first: str, second: str, *, one_speaker: bool = False) -> list[Conflict]:
    """Conflicts between ``first`` said by Park (outlet A) and ``second`` by Ruiz (or Park) in
    outlet B, the two documents of one story."""
    speakers = ("Park", "Park" if one_speaker else "Ruiz")
    statements, _, (d1, d2) = two_outlet_statements(first, second, speakers=speakers)
    story = frozenset({"ent:town", "ent:army", "ent:front", "ent:province"})
    return find_conflicts(statements, document_entities={d1.id: story, d2.id: story})


def test_the_class_s_own_cue_word_is_no_evidence_between_two_speakers() -> None:
    first, second = (
        "air strikes killed 12 civilians near the border",
        "26 civilians died in shelling of the market",
    )
    assert _two_speakers(first, second) == []  # "killed" / "died": both count deaths, nothing more
    assert _two_speakers(first, second, one_speaker=True) == []  # the border, the market: two things
    # one speaker's figures that nothing tells apart are one quantity quoted two ways
    assert len(_two_speakers("12 civilians were killed", "26 civilians died", one_speaker=True)) == 1
    # a word beyond the class (the border) relates two speakers' figures
    assert len(_two_speakers(first, "26 civilians died near the border")) == 1


def test_a_word_cut_by_the_context_window_is_left_out() -> None:
    text = "x" * 70 + " Easternmost front line: 15 soldiers were killed"
    assert not any("xx" in w for w in _context(text))
    assert "front" in _context(text)


def _build(nlp, first: str, second: str):
    return built_conflicts(nlp, first, second, days=(date(2025, 6, 2), date(2025, 6, 3)))


_FIRST = (
    "Wildfire forces evacuations in the Dunhallow hills\n\n"
    "A wildfire burned through pine forest in the Dunhallow hills on Monday. About 2,300 residents of "
    "nine villages had been evacuated, civil defence spokeswoman Ilse Marwick said on Monday."
)


def test_evacuated_and_left_their_homes_are_one_quantity_end_to_end(nlp) -> None:
    second = (
        "Thousands flee fire in the Dunhallow hills\n\n"
        "Fire crews fought a blaze in the Dunhallow hills on Monday. Civil defence spokeswoman Ilse Marwick "
        "said more than 4,000 people had left their homes in the villages around the hills."
    )
    (conflict,) = _build(nlp, _FIRST, second)
    assert conflict["quantity"] == "displaced"
    assert sorted(conflict["values"]) == ["About 2,300 residents", "more than 4,000 people"]


def test_people_who_went_home_are_not_set_against_the_evacuated_end_to_end(nlp) -> None:
    second = (
        "Residents return after fire in the Dunhallow hills\n\n"
        "Fire crews fought a blaze in the Dunhallow hills on Monday. Civil defence spokeswoman Ilse Marwick "
        "said more than 4,000 people had returned to their homes in the villages around the hills."
    )
    assert _build(nlp, _FIRST, second) == []


@pytest.mark.parametrize(
    "text",
    [
        "a total of 1,000 people died or were missing in avalanches and mudslides",
        "Iraq lost at least 3,000 men killed or wounded in the offensive",
        "the fighting left 15,000 dead or wounded",
    ],
)
def test_a_figure_of_two_classes_joined_by_or_is_no_figure_of_either(text: str) -> None:
    assert _classes(text) == []


def test_or_joining_a_word_of_no_other_class_keeps_the_figure() -> None:
    assert _classes("some 200 people died or drowned in the flood") == [(200.0, "deaths")]


def _one_story(first: str, second: str, *, about: tuple[str, ...] = (), shared: int = 4) -> list[Conflict]:
    """:func:`_two_speakers`, the two documents sharing ``shared`` entities (four or fewer); the second
    report names the entities ``about``, which only its own document mentions."""
    statements, _, (d1, d2) = two_outlet_statements(first, second, about=about)
    story = frozenset(sorted({"ent:town", "ent:river", "ent:province", "ent:country"})[:shared])
    mentioned = {
        d1.id: story | {"ent:park"},
        d2.id: story | {"ent:ruiz"} | {f"ent:{n.lower()}" for n in about},
    }
    mentioned = {
        d: ents | {f"ent:only-{d}"} for d, ents in mentioned.items()
    }  # neither tells only this story
    return find_conflicts(statements, document_entities=mentioned)


def test_a_bare_toll_and_another_outlet_s_of_one_story_are_one_quantity() -> None:
    first, second = "18 people had died", "nearly 40 people had been killed by the floods"
    (conflict,) = _one_story(first, second)
    assert dict(conflict.details)["severity"] == "contradiction"
    assert len(_one_story(first, second, shared=2)) == 1
    assert _one_story(first, second, shared=1) == []  # two documents that share little: maybe two stories
    assert _one_story(first, "at least 17 people had been killed by the floods") == []  # they agree
    # a floor and a figure half as much again: a divergence, seen side by side
    (conflict,) = _one_story("at least 34 people had died", "61 people had been killed by the floods")
    assert dict(conflict.details)["severity"] == "divergence"


def test_a_toll_whose_own_clause_is_bare_is_read_apart_from_the_next_clause_s_words() -> None:
    first = "26 civilians had been killed since Saturday and the clinic treated 150 wounded people"
    second = "at least 58 civilians had been killed in the town, with shops burned"
    (conflict,) = _one_story(first, second)
    assert sorted(conflict.values) == ["26 civilians", "at least 58 civilians"]


def test_a_bare_toll_is_not_set_against_a_part_or_another_place_s() -> None:
    assert _one_story("18 people had died", "11 people had died in hospital") == []
    assert _one_story("26 civilians were killed", "12 civilians were killed in Tosk", about=("Tosk",)) == []
    # both figures say something the other does not: two events, maybe
    assert _one_story("air strikes killed 12 civilians", "26 civilians died in shelling of the market") == []


def _story_doc(title: str, body: str) -> str:
    return (
        f"{title}\n\nHeavy rain swept Mozambique's Tete province this week and the Zambezi River burst its banks "
        f"near the town of Songo on Sunday night. {body}"
    )


def test_two_outlets_tolls_told_in_their_own_words_conflict_end_to_end(nlp) -> None:
    first = _story_doc("Floods kill villagers", "Provincial governor Maria Sitoe said 18 people had died.")
    second = _story_doc(
        "UN sees higher flood toll", "The aid agency CARE said nearly 40 people had been killed."
    )
    (conflict,) = _build(nlp, first, second)
    assert conflict["quantity"] == "deaths"
    assert sorted(conflict["values"]) == ["18 people", "nearly 40 people"]


def test_a_toll_of_a_place_the_other_outlet_never_names_is_no_conflict_end_to_end(nlp) -> None:
    first = _story_doc("Floods kill villagers", "Provincial governor Maria Sitoe said 18 people had died.")
    second = _story_doc(
        "Storm hits port", "The aid agency CARE said nearly 40 people had been killed in Beira, on the coast."
    )
    assert _build(nlp, first, second) == []


@pytest.mark.parametrize(
    "text",
    [
        "a further 40 rebels were killed in air strikes",
        "an additional 1,200 people were displaced on Wednesday",
    ],
)
def test_a_figure_after_a_further_is_a_change_not_the_quantity(text: str) -> None:
    assert _classes(text) == []


def test_two_statements_disagreeing_on_two_quantities_get_a_conflict_for_each() -> None:
    first = "floods near the river killed 18 people and about 47,000 people were displaced"
    second = "floods near the river killed nearly 40 people and some 90,000 people fled their homes"
    conflicts = _two_speakers(first, second)
    assert sorted(c.quantity for c in conflicts) == ["deaths", "displaced"]
    assert len({(c.a, c.b) for c in conflicts}) == 1  # one pair of statements


def test_each_quantity_is_its_own_edge_end_to_end(nlp) -> None:
    first = (
        "Floods hit the Dunhallow valley\n\n"
        "Floods in the Dunhallow valley killed 18 people and about 47,000 people were displaced by the river, "
        "civil defence spokeswoman Ilse Marwick said on Monday."
    )
    second = (
        "Dunhallow valley floods\n\n"
        "Floods in the Dunhallow valley killed nearly 40 people and some 90,000 people were displaced by the "
        "river, civil defence spokeswoman Ilse Marwick said on Monday."
    )
    assert sorted(c["quantity"] for c in _build(nlp, first, second)) == ["deaths", "displaced"]
