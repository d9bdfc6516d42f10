"""Statement merging (issue #6, round on the opened held-out 7): general-English synonym groups, words read
by their neighbours ("next fall", "starting Monday", "no doubt"), areas in hectares, a time bound after a
denied verb, and a total of two figures.

Hand-written sentences, no model, none taken from the benchmark sets.
"""

from __future__ import annotations

import pytest
from helpers import make_report

from graphbuild.crossdoc import MentionIndex, contradicts, merge_statements
from graphbuild.crossdoc_guards import align_figures, figures_agree
from graphbuild.crossdoc_tokens import canonical, content_features, content_tokens, word_key

SAME_DAY = {"doc:a": "2025-06-02", "doc:b": "2025-06-02", "doc:c": "2025-06-03"}

_att = make_report


def _count(*texts: str) -> int:
    atts = [_att(chr(ord("a") + k), t) for k, t in enumerate(texts)]
    stmts = merge_statements(
        atts, speaker_of=lambda a: a.speaker, mentions=MentionIndex({}), published=SAME_DAY
    )
    return len(stmts)


def _same(a: str, b: str) -> bool:
    return canonical(word_key(a)) == canonical(word_key(b))


def _contradicts(a: str, b: str) -> str | None:
    return contradicts(content_features(a), content_features(b), texts=(a, b))


# --- synonym groups of general English --------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("organised", "coordinated"), ("orchestrated", "organized"), ("premeditated", "planned"),
        ("riot", "disorder"), ("rioting", "unrest"), ("diverted", "rerouted"), ("redirect", "divert"),
        ("contest", "fight"), ("resisted", "fought"), ("faulty", "fault"), ("defective", "malfunction"),
        ("above", "exceeded"), ("detected", "found"), ("discovered", "finds"), ("medication", "drugs"),
        ("reviewed", "examined"), ("scrutinise", "review"),
    ],
)  # fmt: skip
def test_general_synonyms_compare_equal(a, b):
    assert _same(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("riot", "protest"),
        ("fight", "reject"),
        ("fault", "false"),
        ("medicine", "doctor"),
        ("review", "probe"),
    ],
)
def test_words_outside_a_group_stay_apart(a, b):
    assert not _same(a, b)


def test_in_excess_of_reads_above():
    assert content_tokens("levels in excess of the legal limit") == content_tokens(
        "levels above the legal limit"
    )


def test_reports_in_synonyms_of_the_new_groups_merge():
    assert (
        _count(
            "The attack on the depot was coordinated by a small cell and planned for weeks",
            "that the depot attack had been organised by a small cell and premeditated",
        )
        == 1
    )
    assert (
        _count(
            "Engineers found a faulty pump in the cooling system of the reactor",
            "that a pump fault had been detected in the reactor's cooling system",
        )
        == 1
    )


def test_extra_and_additional_read_as_more():
    assert (
        content_tokens("200 extra nurses")
        == content_tokens("200 additional nurses")
        == content_tokens("200 more nurses")
    )
    assert (
        _count(
            "that 250 extra inspectors would check the harbour",
            "We are sending 250 more inspectors to the harbour",
        )
        == 1
    )


# --- words read by their neighbours ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["fares will rise next fall", "fares would go up in the fall", "fares will rise from the fall"]
)
def test_fall_after_a_time_word_is_the_season(text):
    tokens = content_tokens(text)
    assert word_key("autumn") in tokens and word_key("fall") not in tokens


@pytest.mark.parametrize("text", ["a fall in fares", "the fall of the government", "fares will fall"])
def test_fall_as_a_decline_stays_a_decline(text):
    assert word_key("fall") in content_tokens(text)


def test_a_rise_next_fall_is_not_the_opposite_of_a_rise():
    assert (
        _contradicts(
            "bus fares will rise 5 percent next fall", "that bus fares would rise 5% from the autumn"
        )
        is None
    )
    assert _contradicts("bus fares will rise 5 percent", "that bus fares would fall 5 percent") == "antonym"


def test_starting_before_a_time_reads_from():
    a = "a 24-hour stoppage starting Monday would close the port"
    b = "that dockers would halt all work at the port from Monday for 24 hours"
    assert word_key("start") not in content_tokens(a)
    assert _contradicts(a, b) is None
    assert word_key("start") in content_tokens("talks are starting to bear fruit")


def test_no_doubt_asserts_what_follows():
    a = "There is no doubt the ferry was hit by a drifting mine"
    b = "that the ferry had been struck by a drifting mine"
    assert _contradicts(a, b) is None
    assert (
        _contradicts("without question the bridge was closed too late", "the bridge was closed too late")
        is None
    )


@pytest.mark.parametrize(
    "text", ["the clerk answered no question at all", "no question was put to the minister"]
)
def test_no_question_as_a_count_keeps_its_negation(text):
    assert word_key("question") in content_features(text).negated


def test_starting_before_a_word_that_is_no_time_is_kept():
    assert word_key("start") in content_tokens("the drug is starting at a low dose")


def test_no_question_of_still_denies():
    assert _contradicts(
        "there is no question of a merger with the rival bank", "a merger with the rival bank is planned"
    )


# --- areas --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [("8,300 hectares", "83 square kilometres"), ("250 hectares", "2.5 sq km"), ("4,000 hectares", "40 km2")],
)
def test_areas_compare_in_hectares(a, b):
    assert content_tokens(a) == content_tokens(b)


def test_different_areas_differ():
    assert (
        _contradicts("the flood covered 3,000 hectares", "the flood covered 300 square kilometres")
        == "figures"
    )


# --- a time bound after a denied verb -----------------------------------------------------------------


def test_the_time_after_not_before_is_not_denied():
    f = content_features("that the museum would not reopen before 3 March")
    assert canonical(word_key("reopen")) in f.negated
    assert "3" in f.plain and "3" not in f.negated


def test_a_denied_verb_before_a_time_is_still_denied():
    assert (
        _contradicts("the museum will not reopen before March", "the museum will reopen before March")
        == "polarity"
    )


@pytest.mark.parametrize("end", ["while", "whereas"])
def test_while_and_whereas_end_a_negation(end):
    f = content_features(f"exports did not grow {end} imports doubled")
    assert word_key("import") in f.plain and word_key("import") not in f.negated


# --- a total of two figures ---------------------------------------------------------------------------


def test_a_total_of_two_figures_agrees():
    a = "We have 12 buses stuck at the north gate and another eight at the south gate"
    b = "that 20 of the company's buses were stuck at the gates"
    assert figures_agree(a, b)
    assert _contradicts(a, b) is None
    aligned = align_figures(content_features(b), content_features(a), b, a)
    assert aligned.numbers & content_features(a).numbers


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("12 buses at the north gate and another eight at the south gate", "21 buses at the gates"),
        ("more than 12 buses at the north gate and about eight at the south gate", "20 buses at the gates"),
        (
            "buses waited 12 hours at the north gate and eight hours at the south gate",
            "20 hours at the gates",
        ),
    ],
)
def test_no_total_from_other_figures_bounds_or_durations(a, b):
    assert not figures_agree(a, b)


def test_reports_of_a_total_and_its_parts_merge():
    assert (
        _count(
            "that 20 of the company's buses were stuck at the depot gates overnight",
            "that twelve of its buses were stuck overnight at the north gate of the depot and 8 more at the south gate",
        )
        == 1
    )
