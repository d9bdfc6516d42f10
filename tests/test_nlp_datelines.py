"""A wire lead's names are tagged although the dateline's date runs on into them, or the tagger left the
lead's first name untagged (graphbuild.nlp_datelines); a "person" whose name ends in a legal form is an
organisation (graphbuild.nlp). Real spaCy pipeline."""

from __future__ import annotations

from helpers import make_doc

from graphbuild.datelines import dateline_span
from graphbuild.pipeline import analyse_document

MIDLAND = (
    "MARINE MIDLAND BUYS OVEST\nNEW YORK, March 4 - Marine Midland Banks Inc said it has acquired Ovest "
    "Financial Services Inc of New York."
)
BANK = (
    "BANK OF ENGLAND HELP\nLONDON, March 5 - The Bank of England said it provided the market with 20 mln "
    "stg in the morning."
)


def _ents(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_a_date_run_on_into_the_lead_keeps_its_date_and_gives_back_the_name(nlp) -> None:
    doc = nlp(MIDLAND)
    assert ("Marine Midland Banks Inc", "ORG") in _ents(doc)
    assert ("March 4", "DATE") in _ents(doc)
    span = dateline_span(MIDLAND)
    assert span is not None
    assert not any(e.start_char < span[1] < e.end_char for e in doc.ents)
    with nlp.select_pipes(disable=["graphbuild_dateline_entities"]):  # what the tagger alone does
        assert "Marine Midland Banks Inc" not in [t for t, _ in _ents(nlp(MIDLAND))]


def test_an_untagged_first_name_of_the_lead_is_tagged(nlp) -> None:
    assert any(text.endswith("Bank of England") and label == "ORG" for text, label in _ents(nlp(BANK)))


def test_text_without_a_dateline_is_tagged_as_the_tagger_tags_it(nlp) -> None:
    text = (
        "Talks resume\n\nThe Bank of England said on Monday - in a statement - that it provided 20 mln stg."
    )
    with nlp.select_pipes(disable=["graphbuild_dateline_entities"]):
        alone = _ents(nlp(text))
    assert _ents(nlp(text)) == alone


def test_the_leads_firm_is_an_entity_of_the_document(nlp) -> None:
    document = make_doc(MIDLAND)
    analysis = analyse_document(document, nlp(document.analysis_text))
    assert "Marine Midland Banks Inc" in [document.text[m.start : m.end] for m in analysis.mentions]


def test_a_batch_is_tagged_as_each_document_alone(nlp) -> None:
    texts = [MIDLAND, "Plain text with no dateline at all.", BANK]
    assert [_ents(d) for d in nlp.pipe(texts, batch_size=2)] == [_ents(nlp(t)) for t in texts]


def test_a_hyphen_inside_the_leads_name_is_no_dateline_dash(nlp) -> None:
    text = (
        "ASHTON-TATE TO OFFER SHARES\nTORRANCE, Calif., March 3 - Ashton-Tate said it intends to file for an "
        "offering of about two mln shares."
    )
    assert ("Ashton-Tate", "ORG") in _ents(nlp(text))


def test_a_firm_cut_at_its_and_is_left_for_the_firm_rules_to_join(nlp) -> None:
    text = (
        "KAISER RAISES PRICES\nOAKLAND, Calif., March 4 - Kaiser Aluminum and Chemical Corp said it raised "
        "prices to distributors."
    )
    document = make_doc(text)
    analysis = analyse_document(document, nlp(document.analysis_text))
    names = [document.text[m.start : m.end] for m in analysis.mentions]
    assert "Kaiser Aluminum and Chemical Corp" in names
    assert "Kaiser Aluminum" not in names


def test_a_person_whose_name_ends_in_a_legal_form_is_an_organisation(nlp) -> None:
    text = (
        "GOODRICH TO PHASE OUT SOME BUSINESSES\n\nAKRON, Ohio, March 2 - B.F. Goodrich Co said it will phase "
        "out the production of aircraft tires."
    )
    assert ("B.F. Goodrich Co", "ORG") in _ents(nlp(text))
    with nlp.select_pipes(disable=["graphbuild_firm_labels"]):  # what the tagger says
        assert ("B.F. Goodrich Co", "PERSON") in _ents(nlp(text))
