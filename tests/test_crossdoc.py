from __future__ import annotations

from datetime import date

import pytest
from helpers import make_attr, make_doc, make_entity
from helpers import merge_by_index as _merge
from helpers import ruiz_entities as _ruiz

from graphbuild.crossdoc import (
    MentionIndex,
    content_tokens,
    find_conflicts,
    merge_events,
    merge_statements,
    numeric_claims,
)
from graphbuild.crossdoc_tokens import content_features
from graphbuild.model import EventMention, Participant, TimeSpan


def test_same_quote_in_two_outlets_is_one_statement_with_two_reports():
    d1 = make_doc('Ana Ruiz said: "We will rebuild the bridge before winter comes."', outlet="Daily A")
    d2 = make_doc(
        '"We will rebuild the bridge before the winter comes," Ruiz told reporters.', outlet="Daily B"
    )
    e = [
        make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1, "Ana Ruiz"),
        make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d2, "Ruiz"),
    ]
    a1 = make_attr(d1, "We will rebuild the bridge before winter comes.", speaker="Ana Ruiz")
    a2 = make_attr(d2, "We will rebuild the bridge before the winter comes,", speaker="Ruiz", cue="tell")
    stmts = _merge([a1, a2], e)
    assert len(stmts) == 1
    assert {r.doc_id for r in stmts[0].reports} == {d1.id, d2.id}
    assert stmts[0].speaker == "ent:ruiz"


def test_different_speakers_never_merge_even_with_identical_words():
    d1 = make_doc('Ana Ruiz said: "The talks failed."\nLee Park said: "The talks failed."')
    e = [make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1), make_entity("ent:park", "Lee Park", "PERSON", d1)]
    a1 = make_attr(d1, "The talks failed.", speaker="Ana Ruiz")
    second = d1.text.rindex("The talks failed.")
    a2 = make_attr(d1, "The talks failed.", speaker="Lee Park")
    a2 = a2.__class__(**{**a2.__dict__, "content": (second, second + len("The talks failed."))})
    assert len(_merge([a1, a2], e)) == 2


def test_unrelated_contents_of_one_speaker_stay_apart():
    d1 = make_doc(
        'Ana Ruiz said: "Prices of grain will fall sharply this year." Ruiz said: "Our army is ready to defend the border."'
    )
    e = [make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1, "Ana Ruiz", "Ruiz")]
    a1 = make_attr(d1, "Prices of grain will fall sharply this year.", speaker="Ana Ruiz")
    a2 = make_attr(d1, "Our army is ready to defend the border.", speaker="Ruiz")
    assert len(_merge([a1, a2], e)) == 2


def test_statement_said_is_narrowest_report_time_and_ids_are_order_independent():
    d1 = make_doc('Ana Ruiz said: "We will rebuild the bridge before winter comes."', outlet="Daily A")
    d2 = make_doc('"We will rebuild the bridge before winter comes," Ruiz said.', outlet="Daily B")
    e = [
        make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1, "Ana Ruiz"),
        make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d2, "Ruiz"),
    ]
    month = TimeSpan(
        "last month", "2023-11", "DATE", date(2023, 11, 1), date(2023, 11, 30), "month", rule="r"
    )
    day = TimeSpan.day(date(2023, 11, 16), rule="r")
    a1 = make_attr(d1, "We will rebuild the bridge before winter comes.", speaker="Ana Ruiz", said=month)
    a2 = make_attr(d2, "We will rebuild the bridge before winter comes,", speaker="Ruiz", said=day)
    s1 = _merge([a1, a2], e)
    s2 = _merge([a2, a1], e)
    assert s1 == s2
    assert s1[0].said == day


def test_content_tokens_ignore_case_punctuation_and_stopwords():
    assert content_tokens("The WAR, it is over!") == content_tokens("war over")


def test_numeric_conflict_between_statements_about_the_same_entity():
    d1 = make_doc("The ministry said over 125,000 soldiers were killed in Ruritania.", outlet="A")
    d2 = make_doc("The ministry said at least 103,000 soldiers died in Ruritania.", outlet="B")
    e = [
        make_entity("ent:min", "ministry", "ORG", d1),
        make_entity("ent:min", "ministry", "ORG", d2),
        make_entity("ent:rur", "Ruritania", "GPE", d1),
        make_entity("ent:rur", "Ruritania", "GPE", d2),
    ]
    a1 = make_attr(d1, "over 125,000 soldiers were killed in Ruritania", speaker="ministry", mode="indirect")
    a2 = make_attr(d2, "at least 103,000 soldiers died in Ruritania", speaker="ministry", mode="indirect")
    stmts = _merge([a1, a2], e)
    assert len(stmts) == 2
    claims = {c.value for s in stmts for c in numeric_claims(s)}
    assert claims == {125000.0, 103000.0}
    conflicts = find_conflicts(stmts)
    assert len(conflicts) == 1
    assert sorted(conflicts[0].values) == sorted(["over 125,000 soldiers", "at least 103,000 soldiers"])


@pytest.mark.parametrize("digits", [309, 400, 2000])
def test_a_figure_beyond_any_float_is_read_without_error(digits):
    """Hostile text: a figure too long for a float made normalisation raise OverflowError, and the
    whole document was skipped. It is now a word like any other, and merging and conflicts go on."""
    huge = "9" * digits
    features = content_features(f"the ministry said {huge} billion people were killed")
    assert features.tokens and not [n for n in features.numbers if "inf" in n]
    d1 = make_doc(f"The ministry said {huge} soldiers were killed in Ruritania.", outlet="A")
    d2 = make_doc("The ministry said 300 soldiers were killed in Ruritania.", outlet="B")
    e = [make_entity("ent:min", "ministry", "ORG", d1), make_entity("ent:min", "ministry", "ORG", d2)]
    a1 = make_attr(d1, f"{huge} soldiers were killed in Ruritania", speaker="ministry", mode="indirect")
    a2 = make_attr(d2, "300 soldiers were killed in Ruritania", speaker="ministry", mode="indirect")
    stmts = _merge([a1, a2], e)
    assert len(stmts) == 2
    find_conflicts(stmts)  # no exception; whether it flags the pair is the conflict rules' business


def test_equal_figures_and_unrelated_quantities_do_not_conflict():
    d1 = make_doc("Ruritania lost 5,000 soldiers.", outlet="A")
    d2 = make_doc("Ruritania lost 5,100 soldiers and 300 square kilometers.", outlet="B")
    e = [make_entity("ent:rur", "Ruritania", "GPE", d1), make_entity("ent:rur", "Ruritania", "GPE", d2)]
    a1 = make_attr(d1, "Ruritania lost 5,000 soldiers.", mode="indirect")
    a2 = make_attr(d2, "Ruritania lost 5,100 soldiers and 300 square kilometers.", mode="indirect")
    assert find_conflicts(_merge([a1, a2], e)) == []


def test_paraphrased_report_in_another_outlet_merges_with_numbers_and_inflections_normalised():
    d1 = make_doc(
        "Ruiz said the forces captured 3,000 prisoners near the river crossing last week.", outlet="A"
    )
    d2 = make_doc(
        "Ruiz said that her force had captured three thousand prisoners at the crossing.", outlet="B"
    )
    a1 = make_attr(
        d1, "the forces captured 3,000 prisoners near the river crossing last week", speaker="Ruiz"
    )
    a2 = make_attr(d2, "that her force had captured three thousand prisoners at the crossing", speaker="Ruiz")
    assert len(_merge([a1, a2], _ruiz(d1, d2))) == 1


def test_reports_said_at_disjoint_times_are_two_statements():
    d1 = make_doc("Ruiz said: we will rebuild the bridge before winter comes.", outlet="A")
    d2 = make_doc("Ruiz said: we will rebuild the bridge before winter comes!", outlet="B")
    nov = TimeSpan.day(date(2023, 11, 16), rule="r")
    dec = TimeSpan.day(date(2023, 12, 3), rule="r")
    a1 = make_attr(d1, "we will rebuild the bridge before winter comes.", speaker="Ruiz", said=nov)
    a2 = make_attr(d2, "we will rebuild the bridge before winter comes!", speaker="Ruiz", said=dec)
    assert len(_merge([a1, a2], _ruiz(d1, d2))) == 2
    a2_same = make_attr(d2, "we will rebuild the bridge before winter comes!", speaker="Ruiz", said=None)
    assert len(_merge([a1, a2_same], _ruiz(d1, d2))) == 1


def test_shared_names_with_different_words_do_not_merge():
    d1 = make_doc("Ruiz said President Lee Park of Northland is not winning this war.", outlet="A")
    d2 = make_doc("Ruiz said President Lee Park of Northland escalated the war on Monday.", outlet="B")
    a1 = make_attr(d1, "President Lee Park of Northland is not winning this war", speaker="Ruiz")
    a2 = make_attr(d2, "President Lee Park of Northland escalated the war on Monday", speaker="Ruiz")
    assert len(_merge([a1, a2], _ruiz(d1, d2))) == 2


@pytest.mark.parametrize(
    ("first", "second", "severity"),
    [
        ("at least 100 people were killed", "over 120 people were killed", "divergence"),
        ("at least 100 people were killed", "at least 104 people were killed", None),
        ("nearly 100 people were killed", "150 people were killed", "contradiction"),
        ("less than 500 square kilometers were lost", "400 square kilometers were lost", None),
        ("about 1,000 people were killed", "1,050 people were killed", None),
        ("2,000 people were killed", "3,500 people were wounded", None),  # different things counted
        ("5,000 troops were deployed", "9,000 troops were deployed", None),  # not a toll class
        # figures written in words
        ("nearly two million people have fled", "three million people have fled", "contradiction"),
        ("half a million people fled", "500,000 people fled", None),
        ("one and a half million people were displaced", "1.5 million people were displaced", None),
        ("at least twenty-five people were killed", "at least 40 people were killed", "divergence"),
        ("a dozen people were killed", "some 30 people were killed", "contradiction"),
        ("thousands of people were killed", "300 people were killed", None),  # vague: no figure
    ],
)
def test_numeric_conflicts_are_qualifier_aware(first, second, severity):
    d1 = make_doc(f"Ruiz said {first}.", outlet="A")
    d2 = make_doc(f"Ruiz said {second}.", outlet="B")
    stmts = _merge(
        [make_attr(d1, first, speaker="Ruiz"), make_attr(d2, second, speaker="Ruiz")], _ruiz(d1, d2)
    )
    found = find_conflicts(stmts)
    assert [dict(c.details)["severity"] for c in found] == ([severity] if severity else [])
    assert find_conflicts(stmts, include_divergent=False) == [c for c in found if severity == "contradiction"]
    if severity:  # each figure is shown as its report wrote it
        assert sorted(found[0].values) == sorted(
            x.split(" were ")[0].split(" have ")[0] for x in (first, second)
        )


def test_conflict_needs_compatible_times():
    d1 = make_doc("Ruiz said 100 people were killed.", outlet="A")
    d2 = make_doc("Ruiz said 300 people were killed.", outlet="B")
    a1 = make_attr(
        d1, "100 people were killed", speaker="Ruiz", said=TimeSpan.day(date(2023, 1, 5), rule="r")
    )
    a2 = make_attr(
        d2, "300 people were killed", speaker="Ruiz", said=TimeSpan.day(date(2023, 6, 5), rule="r")
    )
    assert find_conflicts(_merge([a1, a2], _ruiz(d1, d2))) == []


def test_events_with_inflected_predicates_sharing_a_participant_and_time_merge():

    day = TimeSpan.day(date(2023, 5, 1), rule="r")
    month = TimeSpan("May", "2023-05", "DATE", date(2023, 5, 1), date(2023, 5, 31), "month", rule="r")
    e1 = EventMention("doc:1", 0, 10, "x", "capture", "d", (Participant("agent", "Rebels", 0, 6),), day)
    e2 = EventMention("doc:2", 0, 10, "x", "captured", "d", (Participant("agent", "Rebels", 0, 6),), month)
    merged = merge_events([e1, e2], participant_of=lambda doc, s, e: "ent:rebels")
    assert len(merged) == 1 and merged[0].when == day


class _FakeEmbedder:
    """Maps texts to fixed unit vectors: a stand-in for the optional sentence-embedding model."""

    def __init__(self, vectors):
        self.vectors = vectors
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        return [self.vectors[t] for t in texts]


def test_embeddings_merge_reworded_reports_of_one_speaker_across_outlets_only_when_given():
    first = "The vaccine is safe and the side effects reported so far are mild"
    second = "the shot poses no danger, and the adverse reactions observed have been minor"
    other = "the vaccine will be offered to children over twelve from March"
    unrelated = "hospital waiting lists have grown longer in every region this winter"
    d1 = make_doc(f"Ruiz said: {first}.", outlet="A")
    d2 = make_doc(f"Ruiz said {second}, and {other}. Ruiz said {unrelated}.", outlet="B")
    attrs = [
        make_attr(d1, first, speaker="Ruiz"),
        make_attr(d2, second, speaker="Ruiz"),
        make_attr(d2, other, speaker="Ruiz"),
        make_attr(d2, unrelated, speaker="Ruiz"),
    ]
    fake = _FakeEmbedder({first: [1.0, 0.0], second: [0.8, 0.6], other: [0.0, 1.0], unrelated: [1.0, 0.0]})
    index = MentionIndex.from_entities(_ruiz(d1, d2))

    def merge(embedder):
        return merge_statements(attrs, speaker_of=lambda a: "ent:ruiz", mentions=index, embedder=embedder)

    assert len(merge(None)) == 4  # lexically these share one word at most
    merged = merge(fake)
    assert sorted(len(s.reports) for s in merged) == [1, 1, 2]
    # only reports in plausible pairs (a shared key word) are embedded: not the unrelated one,
    # though its vector is as close to the first as can be
    assert sorted(t for call in fake.calls for t in call) == sorted([first, second, other])
    said_at = [
        make_attr(d1, first, speaker="Ruiz", said=TimeSpan.day(date(2023, 1, 5), rule="r")),
        make_attr(d2, second, speaker="Ruiz", said=TimeSpan.day(date(2023, 6, 5), rule="r")),
    ]
    apart = merge_statements(said_at, speaker_of=lambda a: "ent:ruiz", mentions=index, embedder=fake)
    assert len(apart) == 2  # disjoint times are two utterances whatever the wording


def test_embeddings_never_join_contradicting_reports():
    first = "the central bank will raise interest rates again in June to fight inflation"
    second = "the central bank will keep interest rates unchanged in June despite inflation"
    d1, d2 = make_doc(f"Ruiz said {first}.", outlet="A"), make_doc(f"Ruiz said {second}.", outlet="B")
    attrs = [make_attr(d1, first, speaker="Ruiz"), make_attr(d2, second, speaker="Ruiz")]
    fake = _FakeEmbedder({first: [1.0, 0.0], second: [1.0, 0.0]})
    index = MentionIndex.from_entities(_ruiz(d1, d2))
    merged = merge_statements(attrs, speaker_of=lambda a: "ent:ruiz", mentions=index, embedder=fake)
    assert len(merged) == 2
    assert fake.calls == []  # an antonym pair is never even a candidate


def test_embeddings_are_not_computed_for_anonymous_or_single_document_blocks():
    text = "They said the ceasefire is holding and no shots have been fired since Sunday."
    d1 = make_doc(text)
    a = make_attr(d1, "the ceasefire is holding and no shots have been fired since Sunday")
    fake = _FakeEmbedder({})
    assert (
        len(merge_statements([a], speaker_of=lambda a: None, mentions=MentionIndex({}), embedder=fake)) == 1
    )
    assert (
        len(merge_statements([a], speaker_of=lambda a: "ent:x", mentions=MentionIndex({}), embedder=fake))
        == 1
    )
    assert fake.calls == []
