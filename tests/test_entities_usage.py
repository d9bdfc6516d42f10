"""How the text uses a name says whether it is an organisation's, a person's or a place's: the cues
read from the real spaCy parse, and the vote that counts them over a resolved entity."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import laid_out_mentions

from graphbuild.entities import CuedMention, TitledMention, extract_mentions, resolve_entities
from graphbuild.entities_vote import vote_type
from graphbuild.model import Document, Mention
from graphbuild.serialize import analysis_from_json, analysis_to_json


def mentions_of(nlp: Any, text: str) -> list[Mention]:
    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt")
    return extract_mentions(document, nlp(document.analysis_text))


def cues_of(nlp: Any, text: str) -> dict[str, tuple[str, str] | None]:
    return {m.text: (m.kind, m.cue) if isinstance(m, CuedMention) else None for m in mentions_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        # a descriptor naming a kind of organisation, before the name or in an apposition after it
        (
            "Workers threatened action against the state oil company Petrobras.",
            "Petrobras",
            ("ORG", "company"),
        ),
        ("The social network Twitter said it made a mistake.", "Twitter", ("ORG", "network")),
        (
            "Powerine, a privately-held company, said it expects the refinery to reopen.",
            "Powerine",
            ("ORG", "company"),
        ),
        # the model parses a descriptor and a name apart across a wrapped line: read from the words
        (
            "RIO DE JANEIRO, March 13 - Brazil's state oil company\nPetrobras has cancelled a 40 mln dlr "
            "crude oil purchase.",
            "Petrobras",
            ("ORG", "company"),
        ),
        # what only an organisation has, the name's modifier across a wrapped line too
        (
            "It said the remaining nine pct will be held by Milex\nshareholder Norman Monson.",
            "Milex",
            ("ORG", "shareholder"),
        ),
        ("Petrobras shareholders approved the deal.", "Petrobras", ("ORG", "shareholder")),
        ("Twitter's shares fell, and Petrobras' board met on Tuesday.", "Petrobras", ("ORG", "board")),
        ("Both Bass and Linder have acquired Taft shares in recent months.", "Taft", ("ORG", "share")),
        ("Twitter CEO Jack Dorsey later said they made a mistake.", "Twitter", ("ORG", "ceo")),
        # the medium a message goes by
        ("Macron posted on Twitter that the fires were an emergency.", "Twitter", ("ORG", "on")),
        # what a publication comes out in
        (
            "Ivo Daalder wrote in the European edition of Politico that the war would be long.",
            "Politico",
            ("ORG", "edition"),
        ),
        # a person's kin, age and life
        ("Smith, 54, said his wife was ill.", "Smith", ("PERSON", "age")),
        ("Deputies said Ellis's son was arrested.", "Ellis", ("PERSON", "son")),
        ("Smith resigned from the board on Friday.", "Smith", ("PERSON", "resign")),
        # where a place lies, or what kind of place it is
        (
            "Avdiivka sits roughly 30 miles south of Bakhmut, which fell to Russian forces in May.",
            "Bakhmut",
            ("GPE", "south"),
        ),
        ("Rebels attacked the eastern town of Sarrak on Saturday.", "Sarrak", ("GPE", "town")),
        ("Shells hit the outskirts of Kharkiv on Monday.", "Kharkiv", ("GPE", "outskirts")),
    ],
)
def test_a_mention_carries_what_its_context_says_it_names(
    nlp: Any, text: str, name: str, cue: tuple[str, str]
) -> None:
    found = cues_of(nlp, text)
    assert found.get(name) == cue, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a clause of its own after the name: no apposition of the descriptor and the name
        ("The firm Smith founded in 1990 said it was sold to Jones.", "Smith"),
        ("He told the company Smith would resign in May.", "Smith"),
        # the descriptor names the organisation of a role, or describes the next name
        ("The chairman of the formation committee, Pat Elmer, said the markets would merge.", "Pat Elmer"),
        (
            "Algeria's oil minister met his Algerian counterpart Belkacem Nabi, the official Algerian news "
            "agency APS said today.",
            "Belkacem Nabi",
        ),
        # an investor owns shares too; a person has spokesmen and officials
        ("The company bought back Goldsmith's stock for 620 mln dlrs.", "Goldsmith"),
        ("A Clinton spokesman said the candidate would not comment.", "Clinton"),
        # a role after a name is the role's organisation only when its holder's name follows
        (
            "H.J. Heinz Co said its board has elected Anthony O'Reilly chairman of the board.",
            "Anthony O'Reilly",
        ),
        (
            "The agreement was signed by Jordan's Minister of Energy Hisham al-Khatib and PCIAC chairman "
            "Peter M. Towe.",
            "Hisham al-Khatib",
        ),
        # "on" a name after a verb that is no sending of a message: about the name
        ("He commented on Smith in an interview.", "Smith"),
    ],
)
def test_no_organisation_cue_without_an_organisation(nlp: Any, text: str, name: str) -> None:
    found = cues_of(nlp, text)
    assert name in found, found
    assert found[name] is None or found[name][0] != "ORG", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was named head of Boeing in May.", "Boeing"),  # "of" after no place word
        ("The mayor of the town, Smith, resigned.", "Smith"),  # the town's, not a name after "of"
        ("The chief of Hanover Capital said it would sell.", "Hanover Capital"),
    ],
)
def test_no_place_cue_without_a_place_word(nlp: Any, text: str, name: str) -> None:
    found = cues_of(nlp, text)
    assert name in found, found
    assert found[name] is None or found[name][0] != "GPE", found


def test_a_city_the_tagger_calls_an_organisation_is_a_place(nlp: Any) -> None:
    """ "30 miles south of Bakhmut": whatever the tagger called it, what lies south of it is a place."""
    mentions = mentions_of(
        nlp, "Avdiivka sits roughly 30 miles south of Bakhmut, which fell to Russian forces in May.\n"
    )
    assert next(m.label for m in mentions if m.text == "Bakhmut") == "ORG"  # the tagger's error
    res = resolve_entities(mentions)
    town = res.entity(res.find("Bakhmut"))
    assert town.type == "GPE", town
    assert any("as a place's name" in e for e in town.evidence), town.evidence


def test_an_organisation_described_in_an_apposition_has_no_title(nlp: Any) -> None:
    # "state" is a role word ("Secretary of State"), but "the state oil company" is no person's role
    found = [m for m in mentions_of(nlp, "Petrobras, the state oil company, said it would raise prices.")]
    petrobras = next(m for m in found if m.text == "Petrobras")
    assert isinstance(petrobras, CuedMention) and petrobras.kind == "ORG", petrobras
    assert not isinstance(petrobras, TitledMention)


def test_a_cued_mention_round_trips_through_the_cache_encoding(nlp: Any) -> None:
    from graphbuild.pipeline import analyse_document

    text = "Workers threatened action against the state oil company Petrobras.\n"
    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt")
    analysis = analyse_document(document, nlp(document.analysis_text))
    assert any(isinstance(m, CuedMention) for m in analysis.mentions), analysis.mentions
    assert analysis_from_json(analysis_to_json(analysis)) == analysis


def test_a_one_word_organisation_the_tagger_calls_a_person_is_an_organisation(nlp: Any) -> None:
    texts = [
        "RIO DE JANEIRO, March 12 - Brazil's state-oil company, Petrobras, cancelled a 40 mln dlr crude "
        "oil purchase from Saudi Arabia. Petrobras said the Saudis refused to accept credit guarantees.\n",
        "Oil industry workers threatened action against the state oil company Petrobras. Petrobras said "
        "it had requested the withdrawal of the troops.\n",
    ]
    mentions = [m for t in texts for m in mentions_of(nlp, t)]
    assert {m.label for m in mentions if m.text == "Petrobras"} == {"PERSON"}  # the tagger's error
    res = resolve_entities(mentions)
    firm = res.entity(res.find("Petrobras"))
    assert firm.type == "ORG", firm
    assert any("as an organisation's name" in e for e in firm.evidence), firm.evidence


def test_a_listed_company_the_tagger_calls_a_place_is_an_organisation(nlp: Any) -> None:
    """A wire ticker after a name is an organisation's cue: "Howmedica <HOW>", which the tagger calls a
    place, is the company whatever it is called elsewhere."""
    mentions = mentions_of(nlp, "Sales at Howmedica <HOW> grew last year.\n") + mentions_of(
        nlp, "Howmedica won the contract, its chairman said on Friday.\n"
    )
    assert next((m.label, isinstance(m, CuedMention)) for m in mentions if m.text == "Howmedica") == (
        "GPE",
        True,
    )
    firm = next(e for e in resolve_entities(mentions).entities if e.name == "Howmedica")
    assert firm.type == "ORG", firm


def test_a_wire_ticker_after_a_name_is_an_organisation_cue(nlp: Any) -> None:
    found = cues_of(nlp, "Sales at Howmedica <HOW> grew last year.")
    assert found.get("Howmedica") == ("ORG", "ticker"), found
    assert cues_of(nlp, "Sales at Howmedica grew last year.").get("Howmedica") is None


@pytest.mark.parametrize(
    ("forms", "cues", "expected"),
    [
        ({("enzon inc", "GPE"): 1}, (0, 0, 0), "ORG"),  # a legal form, and no known place
        ({("zentrova", "GPE"): 2}, (1, 0, 0), "ORG"),  # used as an organisation's name, no known place
        ({("london", "GPE"): 2}, (2, 0, 0), "GPE"),  # a known place stays one ("London shares")
        ({("zentrova", "GPE"): 2}, (0, 0, 0), "GPE"),  # nothing says otherwise
    ],
)
def test_a_place_no_gazetteer_knows_is_an_organisation_when_its_name_says_so(
    forms: dict[tuple[str, str], int], cues: tuple[int, int, int], expected: str
) -> None:
    assert vote_type(forms, False, cues=cues)[0] == expected


def cued(doc_id: str, *names: tuple[str, str, str]) -> list[Mention]:
    """Mentions (text, label, kind of cue or "") laid out in a made-up document text."""
    out: list[Mention] = []
    for m, (_, _, kind) in zip(
        laid_out_mentions(doc_id, *((t, lab) for t, lab, _ in names)), names, strict=True
    ):
        out.append(CuedMention(m.doc_id, m.start, m.end, m.text, m.label, kind, "cue") if kind else m)
    return out


def test_cues_are_counted_over_the_entity_not_per_mention() -> None:
    ms = cued("doc:1", ("Petrobras", "PERSON", "ORG"), ("Petrobras", "PERSON", ""))
    ms += cued("doc:2", ("Petrobras", "PERSON", ""), ("Petrobras", "PERSON", "ORG"))
    ms += cued("doc:3", ("Petrobras", "ORG", ""), ("Petrobras", "PERSON", ""))
    firm = resolve_entities(ms).entities[0]
    assert firm.type == "ORG" and "2 cue(s) against 0" in " ".join(firm.evidence), firm
    # a stray cue among many mentions of a person retypes nothing
    ms = cued("doc:1", ("Baker", "PERSON", "ORG"), *[("Baker", "PERSON", "")] * 15)
    assert resolve_entities(ms).entities[0].type == "PERSON"


def test_a_place_cue_retypes_the_whole_entity_after_merging() -> None:
    """One document writes "the city of Omsk in Siberia" and "Omsk", another "Omsk" the tagger calls an
    organisation: one entity, a place. Retyped while clusters merge, the first document's cluster would
    have stayed apart from the second's."""
    ms = cued("doc:1", ("Omsk in Siberia", "ORG", "GPE"), ("Omsk", "ORG", ""))
    ms += cued("doc:2", ("Omsk", "ORG", ""), ("Omsk", "ORG", ""), ("Omsk", "ORG", ""))
    found = [e for e in resolve_entities(ms).entities if e.name.startswith("Omsk")]
    assert [(e.type, len(e.mentions)) for e in found] == [("GPE", 5)], found


@pytest.mark.parametrize(
    ("forms", "cues", "expected"),
    [
        ({("petrobras", "PERSON"): 40, ("petrobras", "ORG"): 2}, (5, 0, 0), "ORG"),
        ({("acme", "PERSON"): 2}, (1, 0, 0), "ORG"),  # a name written twice, described once
        ({("baker", "PERSON"): 40}, (1, 0, 0), "PERSON"),  # one stray cue in 40 mentions
        ({("smith", "PERSON"): 6}, (4, 2, 0), "PERSON"),  # the person cues are not outvoted
        # a full person name in the cluster keeps the person: "Baker" of "James Baker"
        ({("james baker", "PERSON"): 3, ("baker", "PERSON"): 3}, (3, 0, 0), "PERSON"),
        # the inverse: a person the tagger calls an organisation
        ({("mendez", "ORG"): 3}, (0, 2, 0), "PERSON"),
        ({("mendez", "ORG"): 30}, (0, 2, 0), "ORG"),
        ({("mendez", "ORG"): 3}, (1, 2, 0), "ORG"),
        # a place by how the text uses it, unless a full person name or a legal form says otherwise
        ({("zentrova", "ORG"): 2}, (0, 0, 1), "GPE"),
        ({("zentrova", "PERSON"): 2}, (0, 0, 1), "GPE"),
        ({("zentrova", "ORG"): 30}, (0, 0, 1), "ORG"),  # one stray cue in 30 mentions
        ({("zentrova", "ORG"): 2}, (1, 0, 1), "ORG"),  # the organisation cue is not outvoted
        ({("james baker", "PERSON"): 2, ("baker", "PERSON"): 1}, (0, 0, 1), "PERSON"),
    ],
)
def test_usage_cues_vote(
    forms: dict[tuple[str, str], int], cues: tuple[int, int, int], expected: str
) -> None:
    assert vote_type(forms, False, cues=cues)[0] == expected


def test_other_evidence_comes_before_usage_cues() -> None:
    # an honorific makes a person, a legal form an organisation, whatever the cues say
    assert vote_type({("acme", "PERSON"): 2}, True, honorific=True, cues=(2, 0, 0))[0] == "PERSON"
    assert vote_type({("acme", "ORG"): 2}, False, firm=True, cues=(0, 2, 0))[0] == "ORG"


def test_a_firm_name_the_tagger_called_a_person_is_no_first_and_last_name() -> None:
    """ "Mosle Inc" tagged PERSON: its legal form makes it a company (no full person name guards it)."""
    assert vote_type({("mosle inc", "PERSON"): 1}, False, firm=True) == (
        "ORG",
        "type PERSON -> ORG: 'mosle inc' is written with a legal form",
    )
    # a real full name in the cluster still keeps it a person
    assert (
        vote_type({("mosle inc", "PERSON"): 1, ("john mosle", "PERSON"): 1}, False, firm=True)[0] == "PERSON"
    )


def test_a_firms_name_without_its_legal_form_is_no_full_person_name() -> None:
    """ "Pitney Bowes" tagged PERSON, "Pitney Bowes Inc" an organisation (same key): a company."""
    forms = {("pitney bowes", "PERSON"): 3, ("pitney bowes", "ORG"): 1}
    assert vote_type(forms, False, firm=True)[0] == "ORG"
    # without the firm written with its legal form, the name tagged a person stays one
    assert vote_type(forms, False, firm=False)[0] == "PERSON"
