"""A firm's short form the tagger took for a person ("Vantor" beside "Vantor Chemicals"): resolution
joins it to the organisation it shortens, types the cluster an organisation, and keeps one-word names
that only entered an organisation's cluster so out of its spelling comparisons. The other way round,
a surname the tagger calls an organisation is the person, not a firm named after him, where the
document also tags the word alone a person ("Trump" beside "Trump Tower")."""

from __future__ import annotations

from helpers import laid_out_mentions, make_doc

from graphbuild.entities import resolve_entities
from graphbuild.entities_firms import shortened_firm
from graphbuild.entities_vote import vote_type
from graphbuild.pipeline import analyse_documents, assemble_graph


def _entities(*docs: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    """(name, type, sorted mention texts) of each entity resolved from documents of (text, label) mentions."""
    mentions = [m for k, names in enumerate(docs) for m in laid_out_mentions(f"doc:{k}", *names)]
    return sorted(
        (e.name, e.type, sorted(m.text for m in e.mentions)) for e in resolve_entities(mentions).entities
    )


def test_a_person_word_that_opens_a_firm_s_name_in_its_document_is_the_firm() -> None:
    found = _entities(
        [("Vantor Chemicals", "ORG"), ("Vantor", "PERSON"), ("Vantor", "PERSON")],
        [("Vantor Chemicals", "ORG"), ("Vantor", "PERSON")],
    )
    assert found == [
        ("Vantor Chemicals", "ORG", ["Vantor", "Vantor", "Vantor", "Vantor Chemicals", "Vantor Chemicals"])
    ]


def test_a_surname_of_a_person_named_in_full_stays_the_person_s() -> None:
    found = _entities([("Dudley Taft", "PERSON"), ("Taft Broadcasting Co", "ORG"), ("Taft", "PERSON")])
    assert ("Dudley Taft", "PERSON", ["Dudley Taft", "Taft"]) in found


def test_only_a_first_word_shortens_a_firm_and_a_titled_person_stays_one() -> None:
    # "Chemicals" is no short form of "Vantor Chemicals"; "Mr. Vantor" is a person
    assert ("Vantor Chemicals", "ORG", ["Vantor Chemicals"]) in _entities(
        [("Vantor Chemicals", "ORG"), ("Chemicals", "PERSON")]
    )
    assert ("Vantor Chemicals", "ORG", ["Vantor Chemicals"]) in _entities(
        [("Vantor Chemicals", "ORG"), ("Mr. Vantor", "PERSON")]
    )


def test_the_vote_makes_a_person_word_that_shortens_a_firm_an_organisation() -> None:
    assert shortened_firm({("vantor", "PERSON"): 5, ("vantor chemicals", "ORG"): 2}) == "vantor chemicals"
    assert vote_type({("vantor", "PERSON"): 5, ("vantor chemicals", "ORG"): 2}, False)[0] == "ORG"
    # the firm's name tagged a person now and then is still the firm's
    assert shortened_firm(
        {("vantor", "PERSON"): 5, ("vantor chemicals", "ORG"): 2, ("vantor chemicals", "PERSON"): 1}
    )
    # a person named in full in the cluster keeps it a person's, even one the tagger once took for a firm
    assert (
        shortened_firm({("vantor", "PERSON"): 5, ("vantor chemicals", "ORG"): 2, ("ana vantor", "PERSON"): 1})
        is None
    )
    kosgei = {
        ("kosgei", "PERSON"): 4,
        ("brigid", "PERSON"): 1,
        ("brigid kosgei", "PERSON"): 3,
        ("brigid kosgei", "ORG"): 1,
    }
    assert shortened_firm(kosgei) is None
    assert vote_type(kosgei, False)[0] == "PERSON"


def test_the_first_name_of_a_person_the_tagger_once_took_for_a_firm_is_no_short_form() -> None:
    found = _entities([("Brigid Kosgei", "PERSON"), ("Brigid", "PERSON"), ("Brigid Kosgei", "ORG")])
    # her first name written alone is hers (tests/test_entities_first_names.py), not a firm's
    assert found == [("Brigid Kosgei", "PERSON", ["Brigid", "Brigid Kosgei", "Brigid Kosgei"])]


def test_a_short_form_tagged_as_another_kind_is_kept_out_of_spelling_matches() -> None:
    """ "Teleco", a "person" joined to Teleco USA Inc, is one letter from "Telecom": the firms stay two."""
    found = _entities(
        [("Teleco USA Inc", "ORG"), ("Teleco", "PERSON")],
        [("Telecom", "ORG"), ("Telecom", "ORG")],
    )
    assert [name for name, _, _ in found] == ["Teleco USA Inc", "Telecom"]


def test_a_build_types_the_firm_the_tagger_calls_a_person_an_organisation(nlp) -> None:
    text = (
        "Vantor Chemicals agreed to buy the Swedish paint maker on Monday. Vantor said the deal would "
        "close in June. Analysts said Vantor paid a high price."
    )
    (analysis,) = analyse_documents([make_doc(text)], nlp, n_process=1)
    assert [m.label for m in analysis.mentions if m.text == "Vantor"] == ["PERSON", "PERSON"]  # the tagger's
    graph = assemble_graph([analysis])
    firms = [d for _, d in graph.nodes(data=True) if d.get("kind") == "Entity" and "Vantor" in d["name"]]
    assert [(d["name"], d["type"], d["mentions"]) for d in firms] == [("Vantor Chemicals", "ORG", 3)]


def test_a_short_form_joined_by_its_bare_first_word_still_joins_the_full_name() -> None:
    """ "Nippon" (tagged a person) joined to "Nippon Life" in one article; "Nippon Life" is short for
    "Nippon Life Insurance Co" in another: one firm. A bare first word tagged as the firm's own kind
    ("Bank" of "Bank of Japan") still keeps a cluster apart from names it is a suffix of."""
    found = _entities(
        [("Nippon Life Insurance Co", "ORG"), ("Nippon Life", "ORG")],
        [("Nippon Life", "ORG"), ("Nippon", "PERSON"), ("Nippon Life", "ORG")],
    )
    assert [(name, len(texts)) for name, _, texts in found] == [("Nippon Life", 5)]


def test_a_bare_first_word_of_the_firm_s_own_kind_keeps_its_cluster_where_it_was() -> None:
    found = _entities(
        [("Industrial Bank of Japan", "ORG"), ("Bank of Japan", "ORG")],
        [("Bank of Japan", "ORG"), ("Bank", "ORG"), ("Bank of Japan", "ORG")],
    )
    holding = [texts for _, _, texts in found if "Industrial Bank of Japan" in texts]
    assert holding == [["Bank of Japan", "Industrial Bank of Japan"]]


def _holding(found: list[tuple[str, str, list[str]]], text: str) -> list[str]:
    """The names of the entities one of whose mentions is written ``text``."""
    return [name for name, _, texts in found if text in texts]


def test_a_surname_the_tagger_calls_an_organisation_is_the_person_it_also_calls_a_person() -> None:
    """ "the Trump campaign": the small model tags a politician's surname an organisation often; where it
    calls the word alone a person too, a firm named after him ("Trump Tower") does not take it."""
    found = _entities(
        [("Donald Trump", "PERSON"), ("Trump Tower", "ORG"), ("Trump", "ORG"), ("Trump", "PERSON")]
    )
    assert sorted(len(texts) for name, _, texts in found if name == "Donald Trump") == [3]


def test_a_surname_tagged_only_an_organisation_stays_the_firm_s_short_form() -> None:
    found = _entities([("Henry Ford", "PERSON"), ("Ford Motor Co", "ORG"), ("Ford", "ORG")])
    assert _holding(found, "Ford") == ["Ford Motor Co"]


def test_a_headline_s_capitals_or_an_organisation_s_usage_keep_the_firm() -> None:
    """A headline's "DEAN" (of "DEAN FOODS") and "Taft's board" are the firm's, whatever the tagger
    called the word alone elsewhere in the document."""
    from graphbuild.entities_extract import CuedMention

    found = _entities(
        [("Howard Dean", "PERSON"), ("Dean Foods Co", "ORG"), ("Dean", "PERSON"), ("DEAN", "ORG")]
    )
    assert _holding(found, "DEAN") == ["Dean Foods Co"]
    mentions = laid_out_mentions(
        "doc:0", ("Dudley Taft", "PERSON"), ("Taft Broadcasting", "ORG"), ("Taft", "PERSON")
    )
    mentions.append(CuedMention("doc:0", 200, 204, "Taft", "ORG", kind="ORG", cue="board"))
    names = {e.name for e in resolve_entities(mentions).entities for m in e.mentions if m.start == 200}
    assert names == {"Taft Broadcasting"}
