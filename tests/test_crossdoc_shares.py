"""Statement merging (issue #6, round on the opened held-out 8): a denied comparative before "than" is a
bound ("no more than 3 percent"), figures written as fractions or with spaced thousands ("a quarter of a
million", "250 000", "a fifth"), a denied word of a complementary pair asserts the other ("not closed" =
"open"), compass regions as places ("in the north" / "in the southern regions"), and a claim said twice
is not the speaker's topic.

Hand-written sentences, no model, none taken from the benchmark sets.
"""

from __future__ import annotations

import pytest
from helpers import make_report

from graphbuild.crossdoc import MentionIndex, contradicts, merge_statements
from graphbuild.crossdoc_guards import figures_agree, other_place
from graphbuild.crossdoc_tokens import canonical, content_features, content_tokens, word_key
from graphbuild.crossdoc_utterance import _topic_words

SAME_DAY = {"doc:a": "2025-03-10", "doc:b": "2025-03-10", "doc:c": "2025-03-11"}


def _contradicts(a: str, b: str) -> str | None:
    return contradicts(content_features(a), content_features(b), texts=(a, b))


def _merged(*texts: str) -> bool:
    atts = [make_report(chr(ord("a") + k), t) for k, t in enumerate(texts)]
    stmts = merge_statements(
        atts, speaker_of=lambda a: a.speaker, mentions=MentionIndex({}), published=SAME_DAY
    )
    return len(stmts) == 1


def _key(word: str) -> str:
    return canonical(word_key(word))


# --- a denied comparative before "than" is a bound, not a denial --------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ticket prices may go up by no more than 4 percent next year", "ticket price rises would be capped at 4 percent"),
        ("donors must give no less than 2 billion euros", "that donors should give at least 2 billion euros"),
        ("not more than 40 boats will be allowed in the harbour", "up to 40 boats would be allowed in the harbour"),
    ],
)  # fmt: skip
def test_bound_before_than_is_no_negation(a, b):
    assert not content_features(a).negated
    assert _contradicts(a, b) is None


def test_denials_still_contradict():
    assert _contradicts("ticket prices will not rise", "ticket prices will rise") == "polarity"
    # "no more" without "than" is still a denial
    assert content_features("there will be no more strikes this winter").negated


def test_bound_keeps_its_direction():
    # "no more than 300" is a ceiling: it does not stretch up to 350
    assert not figures_agree("no more than 300 jobs will go", "350 jobs will go")
    assert figures_agree("no fewer than 300 jobs will go", "320 jobs will go")


# --- figures written differently ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("120 000 tickets were sold", "120,000 tickets were sold"),
        ("a quarter of a million visitors came", "250,000 visitors came"),
        ("half a billion dollars for roads", "500 million dollars for roads"),
        ("a fifth of the budget goes to schools", "20 percent of the budget goes to schools"),
        ("half of the trains will run", "50 percent of the trains will run"),
        ("exports fell by a tenth", "exports fell by 10 per cent"),
    ],
)
def test_equal_figures_written_differently(a, b):
    assert content_tokens(a) == content_tokens(b)


def test_fraction_words_that_are_no_share_stay_words():
    assert "50" not in content_tokens("in the second half of the season")
    assert "50" not in content_tokens("a half-hour delay")
    assert content_tokens("the works will last a year and a half") == content_tokens(
        "the works will last 18 months"
    )
    assert {"2024", "300"} <= content_tokens("in 2024 300 people applied")


def test_a_third_is_about_33_percent():
    assert _contradicts("a third of the nurses left", "33 percent of the nurses left") is None
    assert _contradicts("a third of the nurses left", "60 percent of the nurses left") == "figures"


# --- a denied word of a complementary pair asserts the other -----------------------------------------


def test_denied_complementary_word_reads_as_its_opposite():
    assert _key("open") in content_features("the bridge would not be closed").plain
    assert _key("safe") in content_features("the gas leak is not dangerous").plain
    assert _key("ban") in content_features("drivers would no longer be allowed to park there").plain
    # gradable pairs are not complementary: "will not rise" is not "will fall"
    f = content_features("fuel prices will not rise")
    assert _key("rise") in f.negated and _key("fall") not in f.tokens


def test_denied_complementary_word_still_contradicts_its_assertion():
    assert _contradicts(
        "the pool will not reopen in the spring", "that the pool would open again in the spring"
    )
    assert (
        _contradicts("the pool, shut since May, will not reopen", "that the pool would open again")
        is not None
    )
    assert _contradicts("the bridge will not close", "that the bridge would close") is not None


def test_complementary_paraphrases_merge():
    assert _merged(
        "The Dunmore bridge will stay open through the repairs, I promise",
        "that the Dunmore bridge would not be closed during the repairs",
    )


# --- compass regions are places ----------------------------------------------------------------------


def test_compass_regions_are_places():
    assert other_place(
        "fishing will be banned in the northern bays", "that fishing in the south would be banned"
    )
    assert not other_place(
        "fishing will be banned in the southern bays", "that fishing in the south was banned"
    )


def test_same_words_about_another_region_stay_apart():
    assert not _merged(
        "Hunting will be banned in the southern forests from May",
        "that a ban on hunting in the north of the forests was not being considered",
    )


# --- a claim said twice is not the speaker's topic ---------------------------------------------------


def test_a_claim_said_twice_is_no_topic_word():
    feats = [content_features(f"the {w} report was published") for w in "abcdefghijkl"]
    said_twice = [content_features("the depot will stay open")] * 5  # three outlets, then two a week later
    assert _key("depot") not in _topic_words(feats[:7] + said_twice)
    assert _key("depot") in _topic_words(feats[:6] + said_twice + [content_features("the depot is busy")])
