"""Precision of merging one statement across outlets (issue #6): opposite predicates, contrastive
negation, quantities written differently, and the same speaker a week later.

Hand-written sentences, no model, none taken from the benchmark sets.
"""

from __future__ import annotations

import pytest
from helpers import make_report

from graphbuild.crossdoc import MentionIndex, contradicts, merge_statements
from graphbuild.crossdoc_features import report_text
from graphbuild.crossdoc_tokens import CONTRAST, content_features, content_tokens

SAME_DAY = {"doc:a": "2024-03-05", "doc:b": "2024-03-05"}
WEEK_LATER = {"doc:a": "2024-03-05", "doc:b": "2024-03-12"}


_att = make_report


def _merge(atts, published, **kwargs):
    return merge_statements(
        atts, speaker_of=lambda a: a.speaker, mentions=MentionIndex({}), published=published, **kwargs
    )


def _count(first: str, second: str, published=SAME_DAY) -> int:
    return len(_merge([_att("a", first), _att("b", second)], published))


# --- opposite predicates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the peacekeepers will stay in the border zone", "that the peacekeepers would be withdrawn from the border zone"),
        ("the peacekeepers will stay in the border zone", "the peacekeepers will pull out of the border zone"),
        ("the council will allow street vendors in the old town", "the council will ban street vendors in the old town"),
        ("the bakery chain will hire 200 drivers this spring", "the bakery chain will lay off 200 drivers this spring"),
        ("the city will buy the harbour cranes", "that the city would sell the harbour cranes"),
        ("the curfew in the province will be lifted on Monday", "a curfew will be imposed in the province on Monday"),
        ("the committee approved the stadium budget", "that the committee had rejected the stadium budget"),
        ("the museum will open its east wing in May", "the museum will close its east wing in May"),
        ("our candidate will win the run-off in the capital", "that their candidate would lose the run-off in the capital"),
        ("exports of barley increased in the spring", "exports of barley decreased in the spring"),
        ("the league accepted the broadcasting offer", "that the league had turned down the broadcasting offer"),
        ("the ministry confirmed the grain deal with the traders", "the ministry denied the grain deal with the traders"),
        ("the truce along the river will be extended", "the truce along the river will be ended"),
        ("the reform will strengthen the coastal defences", "the reform will weaken the coastal defences"),
        ("the senator will support the pipeline bill", "that the senator would oppose the pipeline bill"),
        ("the club chairman will stay in his post", "the club chairman will step down from his post"),
    ],
)  # fmt: skip
def test_opposite_predicates_contradict_and_never_merge(first, second):
    assert contradicts(content_features(first), content_features(second)) == "antonym"
    assert _count(first, second) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the council will ban street vendors in the old town", "that street vendors would be prohibited in the old town"),
        ("the bakery chain will hire 200 drivers", "that the bakery chain would recruit 200 drivers"),
        ("the curfew in the province will be lifted", "that the province would ease its curfew"),
    ],
)  # fmt: skip
def test_words_of_one_pole_are_synonyms_not_opposites(first, second):
    assert contradicts(content_features(first), content_features(second)) is None
    assert _count(first, second) == 1


def test_a_pole_named_in_both_reports_is_no_contradiction():
    # "lift the ban" and "keep the ban" name "ban" on both sides: the opposite is lift / stay only
    a = content_features("the ban on night flights will be lifted")
    b = content_features("that the night-flight ban would be lifted in the summer")
    assert contradicts(a, b) is None


# --- contrastive negation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the fire was caused by a faulty cable, not arson", "that a faulty cable rather than arson had caused the fire"),
        ("the fire was caused by a faulty cable, not arson", "that the fire was started by a faulty cable instead of arson"),
        ("the ferry will run on electricity instead of diesel from June", "that the ferry would use electricity rather than diesel from June"),
    ],
)  # fmt: skip
def test_contrastive_negations_agree_and_merge(first, second):
    assert contradicts(content_features(first), content_features(second)) is None
    assert _count(first, second) == 1


def test_a_contrastive_negation_covers_only_the_phrase_that_follows():
    f = content_features("the ferry will run on electricity rather than diesel from June")
    assert f.negated == content_tokens("diesel")
    assert content_tokens("electricity June") <= f.plain
    # ...while an ordinary negation still covers the words after it
    g = content_features("the ferry will not run on diesel from June")
    assert content_tokens("diesel June") <= g.negated


def test_a_contrastive_negation_still_contradicts_the_claim_it_denies():
    a = content_features("the fire was caused by a faulty cable, not arson")
    b = content_features("that the fire had been caused by arson")
    assert contradicts(a, b) == "polarity"


def test_rather_and_instead_alone_are_not_negations():
    assert CONTRAST not in content_tokens("the talks were rather difficult")
    assert not content_features("the talks were rather difficult").negated
    assert not content_features("the mayor went instead").negated


# --- quantities ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the bridge will close for 48 hours", "the bridge will close for two days"),
        ("the bridge will close for a week", "the bridge will close for seven days"),
        ("the works will last 18 months", "the works will last a year and a half"),
        ("the works will last two and a half years", "the works will last 30 months"),
        ("half a million visitors came", "500,000 visitors came"),
        ("a dozen shops were damaged", "12 shops were damaged"),
        ("two dozen shops were damaged", "twenty-four shops were damaged"),
        ("the port cost 1.5 billion dollars", "the port cost 1,500 million dollars"),
        ("the port cost 1.5 billion dollars", "the port cost 1,500,000,000 dollars"),
        ("the port cost a billion dollars", "the port cost 1 billion dollars"),
        ("unemployment fell to 6 per cent", "unemployment fell to 6%"),
        ("unemployment fell to 6 per cent", "unemployment fell to six percent"),
    ],
)
def test_equal_quantities_written_differently_compare_equal(first, second):
    a, b = content_features(first), content_features(second)
    assert a.numbers and a.numbers == b.numbers
    assert content_tokens(first) == content_tokens(second)
    assert contradicts(a, b) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the bridge will close for 48 hours", "the bridge will close for three days"),
        ("the bridge will close for a week", "the bridge will close for two weeks"),
        ("half a million visitors came", "a million visitors came"),
        ("a dozen shops were damaged", "20 shops were damaged"),
        ("the port cost 1.5 billion dollars", "the port cost 1.5 million dollars"),
    ],
)
def test_different_quantities_still_contradict(first, second):
    assert contradicts(content_features(first), content_features(second)) == "figures"


def test_a_date_phrase_is_not_a_length_of_time():
    assert not content_features("the talks resumed a week later").numbers
    assert not content_features("they met a year ago").numbers
    assert not content_features("dozens of shops were damaged").numbers


def test_large_figures_are_plain_digits():
    assert content_features("3 million").numbers == frozenset(["3000000"])
    assert content_features("1.5 billion").numbers == frozenset(["1500000000"])
    assert content_features("half an hour").numbers == frozenset(["0.5"])


# --- the same speaker a week later -----------------------------------------------------------------

# an outlet's loose paraphrase on the same day, or another occasion a week later with the same key words
LOOSE = (
    "that ferries had been able to sail to the island again",
    "that the first ferry in weeks had sailed to the island on Tuesday",
)


def test_a_loose_paraphrase_merges_on_one_news_day_but_not_a_week_apart():
    assert _count(*LOOSE, published=SAME_DAY) == 1
    assert _count(*LOOSE, published=WEEK_LATER) == 2


def test_the_same_claim_a_week_later_still_merges():
    first = "the island ferry will be replaced by a bridge in 2030"
    second = "that the island ferry would be replaced by a bridge in 2030"
    assert _count(first, second, published=WEEK_LATER) == 1


def test_a_week_apart_one_changed_key_word_makes_another_claim():
    first = "the coach will stay with the national team until the summer tournament"
    second = "that the coach would stay with the national team until the autumn qualifiers"
    assert _count(first, second, published=WEEK_LATER) == 2
    # the same key words a week later are still the same claim (tense and person shifts aside)
    again = "that the coach would stay with the national team until the summer tournament"
    assert _count(first, again, published=WEEK_LATER) == 1


def test_unknown_publication_days_keep_the_loose_cross_document_bar():
    assert _count(*LOOSE, published=None) == 1


# --- the per-document path -------------------------------------------------------------------------


def test_precomputed_features_give_the_same_statements():
    texts = [
        LOOSE[0],
        LOOSE[1],
        "the bridge will close for 48 hours",
        "that the bridge would shut for two days",
    ]
    atts = [_att(doc, text, n=100 * k) for k, (doc, text) in enumerate(zip("abab", texts, strict=True))]
    precomputed = {t: report_text(t) for t in texts}
    assert _merge(atts, SAME_DAY, precomputed=precomputed) == _merge(atts, SAME_DAY)


# --- figures: a shared year says when, and one release's several claims -----------------------------


def test_a_shared_year_does_not_make_different_figures_one_claim() -> None:
    """'China's 1986/87 sugar crop was revised to 5.26 mln tonnes' and 'South Africa's 1986/87 corn
    exports are estimated at 2.5 mln tonnes': the season they share says when, the counts differ."""
    first = "the 1986/87 sugar crop has been revised to 5.26 mln tonnes, down four pct from the estimate"
    second = "corn exports in the 1986/87 season are estimated at 2.5 mln tonnes, up 40 pct from the estimate"
    assert _count(first, second) == 2
    # the same claim, one outlet naming the season too: one statement
    assert (
        _count(
            "sugar output was revised to 5.26 mln tonnes in 1986/87",
            "sugar output was revised to 5.26 mln tonnes",
        )
        == 1
    )


def test_two_claims_of_one_release_in_one_article_stay_two() -> None:
    """One article, one speaker: figures each report gives and the other does not are two claims,
    even beside a figure both give ('same-store revenues off one pct')."""
    first = (
        "revenues for the five weeks were up 27 pct to 15.0 mln dlrs, with same-store revenues off one pct"
    )
    second = (
        "revenues for the third quarter were up 24 pct to 48.0 mln dlrs, with same-store revenues off one pct"
    )
    one_doc = [_att("a", first), _att("a", second, n=len(first) + 10)]
    assert len(_merge(one_doc, SAME_DAY)) == 2
    # a summary whose figures are all in the fuller report is the same claim
    summary = [_att("a", "revenues were up 27 pct to 15.0 mln dlrs"), _att("a", first, n=60)]
    assert len(_merge(summary, SAME_DAY)) == 1
