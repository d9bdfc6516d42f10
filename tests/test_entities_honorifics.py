"""A surname after a gendered honorific ("Mr. Netanyahu") within one document: it keeps naming the
person its first use named when that use had one person to refer to, and "Mrs." never names the person
"Mr." held to (graphbuild.entities_documents)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from helpers import make_doc

from graphbuild.entities_documents import prepare_document
from graphbuild.entities_extract import TitledMention
from graphbuild.model import Mention
from graphbuild.nlp import load_pipeline
from graphbuild.pipeline import analyse_documents, assemble_graph


def links(text: str) -> list[tuple[int, str]]:
    """(offset of each short form, the full name it links to) of ``text``'s names ending in Clinton or
    Netanyahu, an honorific before a name read as the tagger's title."""
    mentions: list[Mention] = []
    for m in re.finditer(r"(Mrs?\. )?((?:[A-Z][a-z]+ )?(?:Clinton|Netanyahu))", text):
        if m.group(1):
            title = m.group(1).strip()
            span = (m.start(1), m.start(1) + len(title))
            mentions.append(TitledMention("doc:a", m.start(2), m.end(2), m.group(2), "PERSON", title, span))
        else:
            mentions.append(Mention("doc:a", m.start(2), m.end(2), m.group(2), "PERSON"))
    p = prepare_document(mentions)
    return [(p.items[i].mention.start, p.items[j].mention.text) for i, j in p.links()]


def test_an_honorific_keeps_naming_the_person_its_first_use_named() -> None:
    text = "Benjamin Netanyahu came. Mr. Netanyahu spoke. Sara Netanyahu smiled. Mr. Netanyahu left."
    assert [name for _, name in links(text)] == ["Benjamin Netanyahu", "Benjamin Netanyahu"]


def test_mrs_never_names_the_person_mr_held_to() -> None:
    text = "Bill Clinton came. Mr. Clinton spoke. Hillary Clinton came. Mrs. Clinton won. Mr. Clinton lost."
    assert [name for _, name in links(text)] == ["Bill Clinton", "Hillary Clinton", "Bill Clinton"]


def test_with_two_people_to_refer_to_the_nearest_is_taken_and_nothing_held() -> None:
    # both named before the first "Mrs. Clinton": the nearest, as without honorifics, and no hold,
    # so a later "Mrs. Clinton" after another full name is the nearest again
    text = "Bill Clinton came. Hillary Clinton spoke. Mrs. Clinton won. Bill Clinton left. Mrs. Clinton lost."
    assert [name for _, name in links(text)] == ["Hillary Clinton", "Bill Clinton"]


def test_a_surname_without_an_honorific_is_the_nearest_full_name() -> None:
    text = "Benjamin Netanyahu came. Sara Netanyahu smiled. Netanyahu left."
    assert [name for _, name in links(text)] == ["Sara Netanyahu"]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline()


def test_the_real_pipeline_keeps_mr_netanyahu_after_his_wife_is_named(nlp: Any) -> None:
    text = (
        "Netanyahu visits Washington\n\n"
        "Prime Minister Benjamin Netanyahu arrived at the White House on Monday. "
        "Mr. Netanyahu met the president for two hours. "
        "The president charmed Sara Netanyahu, the prime minister's wife, at a dinner. "
        "Mr. Netanyahu responded by settling a dispute with Turkey."
    )
    graph = assemble_graph(
        list(analyse_documents([make_doc(text, published=date(2016, 4, 14))], nlp, n_process=1))
    )
    last = text.rindex("Netanyahu responded")
    owner = [
        graph.nodes[v]["name"]
        for _, v, d in graph.edges(data=True)
        if d["kind"] == "MENTIONS" and any(s == last for s, _ in d["spans"])
    ]
    assert owner == ["Benjamin Netanyahu"]
