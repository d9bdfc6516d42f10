"""Hand-made domain objects for unit tests (no model needed), and plain reference versions of
fast code that tests compare it with."""

from __future__ import annotations

from collections import deque
from datetime import date
from typing import Any

from graphbuild.model import (
    Attribution,
    Conflict,
    Document,
    Entity,
    EventMention,
    Mention,
    Participant,
    TimeSpan,
    Timex,
)


def make_doc(
    text: str,
    *,
    outlet: str | None = "Outlet A",
    published: date | None = date(2023, 12, 4),
    path: str = "a.txt",
) -> Document:
    return Document(
        id=Document.make_id(text),
        text=text,
        title=text.split("\n", 1)[0],
        path=path,
        outlet=outlet,
        published=TimeSpan.day(published, rule="metadata") if published else None,
        published_source="metadata" if published else None,
    )


def make_attr(
    doc: Document,
    content: str,
    *,
    speaker: str | None = None,
    mode: str = "direct",
    cue: str = "say",
    said: TimeSpan | None = None,
) -> Attribution:
    start = doc.text.index(content)
    speaker_span = None
    if speaker and speaker in doc.text:
        s = doc.text.index(speaker)
        speaker_span = (s, s + len(speaker))
    return Attribution(
        doc_id=doc.id,
        content=(start, start + len(content)),
        content_text=content,
        mode=mode,
        cue_lemma=cue,
        speaker=speaker,
        speaker_span=speaker_span,
        source=speaker_span,
        source_text=speaker,
        said=said,
        said_rule="sentence-date" if said else "unknown: no date in sentence",
    )


def make_entity(eid: str, name: str, etype: str, doc: Document, *surfaces: str) -> Entity:
    mentions = []
    for surface in surfaces or (name,):
        start = doc.text.index(surface)
        mentions.append(Mention(doc.id, start, start + len(surface), surface, etype))
    return Entity(
        id=eid, name=name, type=etype, aliases=tuple(sorted({name, *surfaces})), mentions=tuple(mentions)
    )


def make_report(
    doc: str,
    text: str,
    *,
    speaker: str | None = "ent:x",
    said: date | None = None,
    n: int = 0,
    venue: str | None = None,
    mode: str = "indirect",
) -> Attribution:
    """A report by ``speaker`` in ``doc:<doc>`` whose content is ``text`` (at offset ``n``)."""
    return Attribution(
        doc_id=f"doc:{doc}",
        content=(n, n + len(text)),
        content_text=text,
        mode=mode,
        cue_lemma="say",
        speaker=speaker,
        said=TimeSpan.day(said, rule="test") if said else None,
        venue=venue,
    )


def day_timex(text: str, phrase: str, start: date, end: date | None = None, gran: str = "day") -> Timex:
    """A DATE timex over the first ``phrase`` in ``text``, from ``start`` to ``end`` (default: that day)."""
    s = text.index(phrase)
    return Timex(
        s,
        s + len(phrase),
        phrase,
        "DATE",
        start.isoformat(),
        interval=(start, end or start),
        granularity=gran,
        rule="test",
    )


def laid_out_mentions(doc_id: str, *names: tuple[str, str]) -> list[Mention]:
    """Mentions (text, label) laid out one after another in a made-up document text."""
    out, pos = [], 0
    for text, label in names:
        out.append(Mention(doc_id, pos, pos + len(text), text, label))
        pos += len(text) + 10
    return out


def two_outlet_statements(
    first: str,
    second: str,
    *,
    speakers: tuple[str, str] = ("Park", "Ruiz"),
    days: tuple[date, date] = (date(2025, 3, 2), date(2025, 3, 3)),
    about: tuple[str, ...] = (),
):
    """``first`` said by ``speakers[0]`` in outlet A and ``second`` by ``speakers[1]`` in outlet B (a
    surname each, the entity id ``ent:<surname>``), published on ``days``, merged into Statements by
    :func:`graphbuild.crossdoc.merge_statements`; ``about``: places (``ent:<name>``) only the second
    document mentions. Returns the statements, the publication days by document id, and the two
    documents."""
    from graphbuild.crossdoc import MentionIndex, merge_statements

    docs = (
        make_doc(f"{speakers[0]} said {first}.", outlet="A", published=days[0]),
        make_doc(f"{speakers[1]} said {second}.", outlet="B", published=days[1]),
    )
    entities = [
        make_entity(f"ent:{s.lower()}", s, "PERSON", d, s) for s, d in zip(speakers, docs, strict=True)
    ]
    entities += [make_entity(f"ent:{n.lower()}", n, "GPE", docs[1], n) for n in about]
    index = MentionIndex.from_entities(entities)
    attrs = [
        make_attr(d, text, speaker=s, mode="indirect")
        for d, text, s in zip(docs, (first, second), speakers, strict=True)
    ]
    statements = merge_statements(
        attrs,
        speaker_of=lambda a: index.at(a.doc_id, *a.speaker_span) if a.speaker_span else None,
        mentions=index,
        speaker_names={f"ent:{s.lower()}": s for s in speakers},
    )
    published = {d.id: day.isoformat() for d, day in zip(docs, days, strict=True)}
    return statements, published, docs


def event_mention(
    doc: str, predicate: str, participants: list[tuple[str, str]], when: TimeSpan | None
) -> EventMention:
    """A hand-made event description: ``participants`` as (role, text), 30 characters apart."""
    parts = tuple(
        Participant(role, text, 30 * k, 30 * k + len(text)) for k, (role, text) in enumerate(participants)
    )
    return EventMention(doc, 0, 100, "x", predicate, predicate, parts, when)


def two_outlet_reports(
    first: str,
    second: str,
    names: dict[str, str],
    *,
    story: frozenset[str] = frozenset(),
    wire: int = 0,
    after: str = "",
) -> tuple[list[Any], dict[str, Any]]:
    """The statements of Tass's report ``first`` and Pravda's ``second`` ("Tass said <first>.", "Pravda
    said <second>. <after>"), with the arguments :func:`graphbuild.crossdoc.find_conflicts` takes for them.
    ``names``: name -> type of the entities found in them (at the first occurrence in each article that
    writes it); ``story``: entities both articles also mention; ``wire``: that many other documents of
    the build mention every entity of ``names`` (so none is named by few documents)."""
    from graphbuild.crossdoc import MentionIndex, merge_statements

    d1 = make_doc(f"Tass said {first}.", outlet="A")
    d2 = make_doc(f"Pravda said {second}." + (f" {after}" if after else ""), outlet="B")
    entities = [make_entity("ent:tass", "Tass", "ORG", d1), make_entity("ent:pravda", "Pravda", "ORG", d2)]
    for name, etype in names.items():
        mentions = tuple(
            Mention(d.id, d.text.index(name), d.text.index(name) + len(name), name, etype)
            for d in (d1, d2)
            if name in d.text
        )
        entities.append(
            Entity(id=f"ent:{name.lower()}", name=name, type=etype, aliases=(name,), mentions=mentions)
        )
    index = MentionIndex.from_entities(entities)
    attrs = [
        make_attr(d1, first, speaker="Tass", mode="indirect"),
        make_attr(d2, second, speaker="Pravda", mode="indirect"),
    ]
    statements = merge_statements(
        attrs, speaker_of=lambda a: index.at(a.doc_id, *a.speaker_span), mentions=index
    )
    mentioned = {d: ents | story for d, ents in index.entities_by_document().items()}
    every = frozenset(f"ent:{n.lower()}" for n in names)
    mentioned.update({f"doc:wire{i}": every for i in range(wire)})
    return statements, {"document_entities": mentioned, "entity_types": {e.id: e.type for e in entities}}


def two_outlet_conflicts(first: str, second: str, names: dict[str, str], **options: Any) -> list[Conflict]:
    """The conflicts :func:`graphbuild.crossdoc.find_conflicts` finds in :func:`two_outlet_reports` (which
    takes ``options``)."""
    from graphbuild.crossdoc import find_conflicts

    statements, kwargs = two_outlet_reports(first, second, names, **options)
    return find_conflicts(statements, **kwargs)


#: The lead two outlets share in the end-to-end conflict tests: one blast, told the same way, before each
#: outlet's own figures.
BLAST_LEAD = (
    "A gas explosion tore through the Dunhallow fertiliser plant near the town of Marrow on Monday "
    "morning, setting fire to a storage hall."
)


def built_conflicts(
    nlp: Any,
    first: str,
    second: str,
    days: tuple[date, date] = (date(2025, 6, 2), date(2025, 6, 2)),
    outlets: tuple[str, str] = ("Hill Courier", "Valley Post"),
) -> list[dict[str, Any]]:
    """The CONFLICTS_WITH edges of the graph the real pipeline (``nlp``) builds from two outlets' articles
    ``first`` and ``second``, published on ``days``."""
    from graphbuild.pipeline import analyse_documents, assemble_graph

    docs = [
        make_doc(first, outlet=outlets[0], published=days[0], path="a.txt"),
        make_doc(second, outlet=outlets[1], published=days[1], path="b.txt"),
    ]
    graph = assemble_graph(list(analyse_documents(docs, nlp, n_process=1)))
    return [d for _, _, d in graph.edges(data=True) if d.get("kind") == "CONFLICTS_WITH"]


def entities_named(nlp: Any, docs: list[Document], part: str) -> list[dict[str, Any]]:
    """The entities whose name holds ``part``, of the graph built from ``docs`` with the real pipeline
    (``nlp``), by name."""
    from graphbuild.pipeline import analyse_documents, assemble_graph

    graph = assemble_graph(list(analyse_documents(docs, nlp, n_process=1)))
    return sorted(
        (d for _, d in graph.nodes(data=True) if d["kind"] == "Entity" and part in d["name"]),
        key=lambda d: d["name"],
    )


def reference_bfs_order(n: int, edges: list[tuple[int, int]]) -> list[int]:
    """The explorer's layout order, plainly (``html_layout._bfs_order`` must match it): every
    component from its best-connected node (ties by index), neighbours best-connected first, with
    a queue."""
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for i, j in edges:
        if i != j:
            neighbours[i].append(j)
            neighbours[j].append(i)
    degree = [len(found) for found in neighbours]
    by_degree = sorted(range(n), key=lambda v: (-degree[v], v))
    rank = {v: r for r, v in enumerate(by_degree)}
    seen = [False] * n
    order: list[int] = []
    for root in by_degree:
        if seen[root]:
            continue
        seen[root] = True
        queue = deque([root])
        while queue:
            node = queue.popleft()
            order.append(node)
            for other in sorted(neighbours[node], key=rank.__getitem__):
                if not seen[other]:
                    seen[other] = True
                    queue.append(other)
    return order


def merge_by_index(attrs: list[Any], entities: list[Entity]) -> list[Any]:
    """``merge_statements`` of ``attrs``, speakers and mentions read from ``entities``."""
    from graphbuild.crossdoc import MentionIndex, merge_statements

    index = MentionIndex.from_entities(entities)
    return merge_statements(
        attrs,
        speaker_of=lambda a: index.at(a.doc_id, *a.speaker_span) if a.speaker_span else None,
        mentions=index,
        speaker_names={e.id: e.name for e in entities},
    )


def ruiz_entities(*docs: Document) -> list[Entity]:
    """One person, Ana Ruiz ("Ruiz"), in each of ``docs``."""
    return [make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d, "Ruiz") for d in docs]


def resolved_entity(res: Any, name: str) -> Entity:
    """The entity of a resolution (:class:`graphbuild.entities.Resolution`) known by ``name``."""
    eid = res.find(name)
    assert eid is not None, f"{name!r} not found"
    ent = res.entity(eid)
    assert ent is not None
    return ent
