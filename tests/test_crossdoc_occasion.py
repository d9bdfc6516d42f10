"""Publication-day occasions, spelling folds and the decomposition property of merge_statements (issue #6).

Hand-made reports, no model: each row is one report in its own document unless a document is named.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from helpers import make_report
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.crossdoc import MentionIndex, contradicts, merge_statements
from graphbuild.crossdoc_tokens import GENERIC, content_features, content_tokens, word_key
from graphbuild.model import Attribution

_att = make_report


def _merge(atts, published=None):
    return merge_statements(
        atts, speaker_of=lambda a: a.speaker, mentions=MentionIndex({}), published=published
    )


def _groups(stmts):
    return sorted(sorted(r.doc_id for r in s.reports) for s in stmts)


# a paraphrase pair sharing two key words in separate phrases, not three: above the publication-day
# bar, below the unknown-occasion one
PARAPHRASE = (
    "the museum will reopen in the autumn",
    "that the museum, shut since the flood, would open again after the summer",
)


def test_same_day_wire_copy_merges_without_a_said_date_or_venue():
    a, b = _att("a", PARAPHRASE[0]), _att("b", PARAPHRASE[1])
    same_day = {"doc:a": "2024-03-05", "doc:b": "2024-03-05"}
    assert _groups(_merge([a, b], same_day)) == [["doc:a", "doc:b"]]
    next_day = {"doc:a": "2024-03-05", "doc:b": "2024-03-06"}
    assert len(_merge([a, b], next_day)) == 1


@pytest.mark.parametrize(
    "published",
    [
        None,  # nothing known: the stricter unknown-occasion bar
        {"doc:a": "9999", "doc:b": "9999"},  # the pipeline's "unknown" marker is not a day
        {"doc:a": "2024-03-05", "doc:b": "2024-03-07"},  # two days apart
        {"doc:a": "2024-03-05", "doc:b": "2024-03-12"},  # a week later: another occasion
    ],
)
def test_paraphrase_stays_apart_when_publication_days_do_not_meet(published):
    a, b = _att("a", PARAPHRASE[0]), _att("b", PARAPHRASE[1])
    assert len(_merge([a, b], published)) == 2


def test_a_known_said_day_outside_the_other_reports_news_days_stays_apart():
    published = {"doc:a": "2024-03-05", "doc:b": "2024-03-05"}
    a = _att("a", PARAPHRASE[0], said=date(2024, 2, 20))  # an older interview, quoted again
    b = _att("b", PARAPHRASE[1])
    assert len(_merge([a, b], published)) == 2
    a = _att("a", PARAPHRASE[0], said=date(2024, 3, 4))  # yesterday's words: today's news
    assert len(_merge([a, b], published)) == 1


def test_a_week_later_the_same_claim_still_merges_lexically():
    published = {"doc:a": "2024-03-05", "doc:b": "2024-03-12"}
    a = _att("a", "the third runway will be finished by 2028")
    b = _att("b", "that the third runway would be finished by 2028")
    assert len(_merge([a, b], published)) == 1


def test_two_reports_in_one_document_get_no_publication_day_evidence():
    published = {"doc:a": "2024-03-05"}
    a = _att("a", PARAPHRASE[0], n=0)
    b = _att("a", PARAPHRASE[1], n=200)
    assert len(_merge([a, b], published)) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the museum will not reopen in the autumn", PARAPHRASE[1]),
        ("the coach will stay at the club next season", "that the coach would leave the club next season"),
        (
            "copper output fell 8 percent in the quarter at the mine",
            "copper output fell 3 percent in the quarter",
        ),
    ],
)
def test_contradictions_never_merge_on_one_publication_day(first, second):
    published = {"doc:a": "2024-03-05", "doc:b": "2024-03-05"}
    assert contradicts(content_features(first), content_features(second)) is not None
    assert len(_merge([_att("a", first), _att("b", second)], published)) == 2


# --- spelling and wording folds ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kiev", "Kyiv"),
        ("Zelensky", "Zelenskyy"),
        ("Zelenskiy", "Zelensky"),
        ("Kharkov", "Kharkiv"),
        ("Odessa", "Odesa"),
        ("Russia", "Russians"),
        ("Russian", "Russia"),
        ("Ukraine", "Ukrainians"),
        ("Syria", "Syrian"),
        ("brought", "bring"),
        ("sent", "sends"),
        ("fought", "fighting"),
        ("withdrew", "withdrawn"),
    ],
)
def test_spelling_variants_demonyms_and_irregular_past_forms_fold_together(a, b):
    assert word_key(a) == word_key(b)


@pytest.mark.parametrize(("a", "b"), [("good", "god"), ("ally", "Ali"), ("war", "wear"), ("left", "leave")])
def test_words_that_only_look_alike_stay_apart(a, b):
    assert word_key(a) != word_key(b)


def test_a_wire_editors_rewording_keeps_the_same_content_words():
    # person shift, tense backshift, transliteration and a country for its people
    direct = content_tokens("We sent the Ukrainians more weapons for the defence of Kyiv")
    reported = content_tokens("that NATO had allegedly sent Ukraine more weapons to defend Kiev")
    assert {word_key("Kyiv"), word_key("Ukraine"), word_key("sent")} <= direct & reported
    # hedges and light verbs say nothing about what was said
    for hedge in ("allegedly", "reportedly", "apparently", "took", "put"):
        assert content_features(hedge).tokens <= GENERIC
    # a delivery verb paraphrased: one key word
    assert content_features("the weapons were delivered").key == content_features("weapons sent").key


def test_negations_are_found_after_spelling_folds():
    # "unless" and "nobody" fold ("unles", "nobodi"): still negators
    assert contradicts(
        content_features("nobody was hurt in the clashes"), content_features("two were hurt in the clashes")
    )
    a = content_features("members will strike unless the company improves its offer")
    b = content_features("members would strike if the company did not improve its offer")
    assert contradicts(a, b) is None


# --- decomposition and order ---------------------------------------------------------------------

_TEXTS = [
    PARAPHRASE[0],
    PARAPHRASE[1],
    "the museum will not reopen in the autumn",
    "the third runway will be finished by 2028",
    "that the third runway would be completed by 2028",
    "the runway would cost 14 billion euros",
    "the coach will stay at the club next season",
    "that the coach would leave the club next season",
    "copper output fell 8 percent in the quarter",
    "copper output fell 8 per cent in the quarter, not in the year",
    "the mine will close for 48 hours rather than a week",
    "that the mine would shut for two days",
    "the coach will be withdrawn from the club next season",
]
_DAYS = ["2024-03-05", "2024-03-06", "2024-03-12", "9999"]


def _corpus(seed: int, n: int) -> tuple[list[Attribution], dict[str, str]]:
    rng = random.Random(seed)
    atts, published = [], {}
    for k in range(n):
        doc = f"d{rng.randrange(6)}"
        published[f"doc:{doc}"] = _DAYS[int(doc[1:]) % len(_DAYS)]
        speaker = rng.choice(["ent:x", "ent:y", None])
        said = rng.choice([None, None, date(2024, 3, 5), date(2024, 3, 1)])
        atts.append(_att(doc, rng.choice(_TEXTS), speaker=speaker, said=said, n=100 * k))
    return atts, published


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 14))
def test_merging_decomposes_by_speaker_and_ignores_input_order(seed, n):
    atts, published = _corpus(seed, n)
    whole = _merge(atts, published)
    parts = []
    for speaker in {a.speaker for a in atts if a.speaker is not None}:
        parts += _merge([a for a in atts if a.speaker == speaker], published)
    parts += _merge([a for a in atts if a.speaker is None], published)
    assert sorted(whole, key=lambda s: s.id) == sorted(parts, key=lambda s: s.id)
    shuffled = list(atts)
    random.Random(seed + 1).shuffle(shuffled)
    assert _merge(shuffled, published) == whole


def test_a_passage_quoted_by_both_on_one_news_day_merges_however_long_the_rest():
    published = {"doc:a": "2024-03-05", "doc:b": "2024-03-05"}
    a = _att(
        "a",
        "Our plants in the north lack steel, copper and spare parts, and the unions are striking, "
        "which makes it difficult to reach the output targets we set",
    )
    b = _att(
        "b",
        "It is hard to reach the output targets we set, the chief executive told analysts on a call about "
        "the quarter, adding that the board would meet again in the summer to review pay and pensions",
    )
    assert len(_merge([a, b], published)) == 1
    assert len(_merge([a, b], {"doc:a": "2024-03-05", "doc:b": "2024-03-12"})) == 2


def test_told_reporters_names_no_occasion_of_its_own():
    published = {"doc:a": "2024-03-05", "doc:b": "2024-03-05"}
    a = replace(_att("a", PARAPHRASE[0]), addressee="reporters")
    b = replace(_att("b", PARAPHRASE[1]), venue="a press conference at the town hall")
    assert len(_merge([a, b], published)) == 1
    b = replace(b, venue="a radio interview")  # two named occasions that share nothing stay apart
    a = replace(a, venue="a rally in the square")
    assert len(_merge([a, b], published)) == 2
