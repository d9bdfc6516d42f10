"""Paraphrase evidence for merging one utterance across outlets (issue #6, recall at precision 1.00):
litotes ("will not abandon" = "will stand by"), evidential verbs, demonyms in "-an", currency figures
("$1.5bn" = "1.5 billion dollars"), synonyms of general news vocabulary, and the guards that keep
opposite claims apart. Hand-written reports, no model; one document per report."""

from __future__ import annotations

import pytest
from helpers import make_report

from graphbuild.crossdoc import MentionIndex, contradicts, merge_statements
from graphbuild.crossdoc_tokens import canonical, content_features, content_tokens, word_key

DAY = "2025-03-03"


def _together(*texts: str, published: bool = True) -> bool:
    atts = [make_report(chr(ord("a") + k), t) for k, t in enumerate(texts)]
    stmts = merge_statements(
        atts,
        speaker_of=lambda a: a.speaker,
        mentions=MentionIndex({}),
        published={a.doc_id: DAY for a in atts} if published else None,
    )
    return len(stmts) == 1


# --- litotes: a denied negative word asserts its opposite, and the negation is spent ---


def test_a_denied_abandon_is_support_and_does_not_deny_its_object():
    f = content_features("The union will not abandon the miners who lost their jobs")
    assert canonical(word_key("support")) in f.plain
    assert word_key("miners") in f.plain and not f.negated


def test_litotes_merges_a_quote_and_its_paraphrase_without_a_known_occasion():
    assert _together(
        "We will not abandon the miners who lost their jobs in the pit closures",
        "the union would stand by miners whose jobs went in the closures of the pits",
        published=False,
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the union will not abandon the striking miners", "the union will abandon the striking miners"),
        ("the old bridge poses no danger to drivers", "the old bridge poses a danger to drivers"),
    ],
)
def test_litotes_still_contradicts_the_plain_negative(a, b):
    assert contradicts(content_features(a), content_features(b)) is not None
    assert not _together(a, b)


def test_no_danger_reads_as_safe():
    assert (
        contradicts(
            content_features("the old bridge poses no danger to drivers"),
            content_features("the old bridge is safe for drivers"),
        )
        is None
    )


def test_a_real_negation_still_denies_the_next_words():
    f = content_features("the plant will not close next year")
    assert canonical(word_key("close")) in f.negated


# --- word forms and synonyms of general English ---


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Asian", "Asia"),
        ("African", "Africa"),
        ("Korean", "Korea"),
        ("reflects", "confirms"),
        ("showed", "proves"),
        ("wavered", "weaken"),
        ("deal", "agreement"),
        ("probe", "inquiry"),
        ("postponed", "delayed"),
        ("frontier", "border"),
        ("captives", "prisoners"),
        ("gunfire", "shots"),
        ("respected", "holding"),
        ("deployed", "send"),
        ("invitation", "invited"),
        ("jobless", "unemployment"),
        ("salaries", "wages"),
        ("legislators", "lawmakers"),
        ("escalation", "escalating"),
        ("negotiations", "negotiated"),
        ("organisation", "organised"),
    ],
)
def test_words_one_utterance_is_reported_with_compare_equal(a, b):
    assert canonical(word_key(a)) == canonical(word_key(b))


@pytest.mark.parametrize(
    ("a", "b"), [("plan", "pla"), ("station", "stated"), ("Asia", "as"), ("threat", "three"), ("state", "st")]
)
def test_unrelated_words_stay_apart(a, b):
    assert word_key(a) != word_key(b)


# --- currency figures ---


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a $1.5bn loan", "a 1.5 billion dollar loan"),
        ("£80m for new signings", "80 million pounds for new signings"),
        ("€ 3 billion in aid", "3 billion euros in aid"),
        ("a 1.5bn euro loan", "a 1.5 billion euro loan"),
        ("a $40k bonus", "a 40,000 dollar bonus"),
    ],
)
def test_currency_figures_compare_by_value(a, b):
    assert content_tokens(a) == content_tokens(b)


def test_a_scale_letter_without_a_currency_sign_is_not_a_million():
    assert "100000000" not in content_tokens("she won the 100m final")


def test_currency_figures_merge_and_different_figures_do_not():
    direct = "We have signed a $2bn trade agreement with our neighbours"
    assert _together(
        direct, "that the country had signed a trade deal with its neighbours worth 2 billion dollars"
    )
    assert not _together(
        direct, "that the country had signed a trade deal with its neighbours worth 3 billion dollars"
    )


def test_synonyms_merge_a_quote_and_its_paraphrase():
    assert _together(
        "The ceasefire is holding and no gunfire has been heard along the frontier since Sunday",
        "the truce was being respected, with no shots heard on the border since Sunday",
        published=False,
    )


def test_a_phrasal_verb_reads_as_its_one_word_verb():
    assert content_tokens("the talks broke down on Friday") == content_tokens("the talks collapsed on Friday")


def test_synonyms_do_not_merge_opposite_claims():
    assert not _together(
        "The ceasefire is holding along the frontier and the guns are silent",
        "the truce had collapsed along the border and the guns were not silent",
    )
