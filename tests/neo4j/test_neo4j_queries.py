"""The query library: every Cypher file has a Python twin and both return identical rows."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import graphbuild.queries as queries
import networkx as nx
import pytest
from graphbuild.exports.neo4j import export_graph
from graphbuild.queries import QUERIES, run_cypher, run_query
from neo4j_sample import TRICKY_NAME, sample_graph

import graphbuild
from graphbuild.errors import QueryError

REPO = Path(__file__).resolve().parents[2]


def cypher_names() -> set[str]:
    folder = resources.files("graphbuild.queries").joinpath("cypher")
    return {p.name[: -len(".cypher")] for p in folder.iterdir() if p.name.endswith(".cypher")}


def test_every_cypher_file_has_a_python_twin_and_vice_versa() -> None:
    assert cypher_names() == set(QUERIES)
    for name, query in QUERIES.items():
        assert query.name == name
        assert getattr(queries, name) is query.function, f"{name} is not exported by graphbuild.queries"
        assert query.function.__doc__ and query.description
        for p in query.params:
            assert f"${p.name}" in query.cypher, f"{name}.cypher does not use ${p.name}"


def test_cypher_never_embeds_data() -> None:
    for query in QUERIES.values():
        body = "\n".join(line for line in query.cypher.splitlines() if not line.lstrip().startswith("//"))
        assert "'" not in body.replace("'statement'", "").replace("'event'", ""), query.name
        assert '"' not in body, query.name


def test_unknown_query_and_bad_params_raise_query_error() -> None:
    g = sample_graph()
    with pytest.raises(QueryError, match="unknown query 'nope'"):
        run_query(g, "nope")
    with pytest.raises(QueryError, match="no parameter colour"):
        run_query(g, "entity_aliases", entity="NATO", colour="red")
    with pytest.raises(QueryError, match="required"):
        run_query(g, "entity_aliases")
    with pytest.raises(QueryError, match="ISO date"):
        run_query(g, "statements_in_period", start="last week", end="2023-12-01")
    with pytest.raises(QueryError, match="integer"):
        run_query(g, "co_mentioned_entities", entity="NATO", limit="many")
    with pytest.raises(QueryError, match="unknown query"):
        run_cypher(object(), "nope")


def test_cli_style_string_params_are_coerced() -> None:
    rows = run_query(sample_graph(), "co_mentioned_entities", entity="NATO", limit="2")
    assert len(rows) == 2


def test_python_twins_on_the_sample_graph() -> None:
    g = sample_graph()
    timeline = run_query(g, "timeline_for_entity", entity="STOLTENBERG")
    assert [(r["kind"], r["id"], r["start"], r["end"]) for r in timeline] == [  # by start day, then end
        ("statement", "stmt:2", "2023-11-01", "2023-11-30"),
        ("event", "evt:1", "2023-11-28", "2023-11-28"),
        ("statement", "stmt:1", "2023-11-29", "2023-11-29"),
    ]
    assert [
        r["id"] for r in run_query(g, "timeline_for_entity", entity="nato chief", start="2023-11-29")
    ] == [
        "stmt:2",
        "stmt:1",
    ]
    reports = run_query(g, "outlets_reporting_statement", statement="stmt:1")
    assert [(r["outlet"], r["start"]) for r in reports] == [
        ("Alpha News", 10),
        ("Alpha News", 300),
        ('Beta "Times"', 50),
    ]
    assert [r["id"] for r in run_query(g, "single_source_statements")] == ["stmt:2", "stmt:3", "stmt:4"]
    conflicts = run_query(g, "conflicting_claims")
    assert [(r["a_id"], r["b_id"], r["conflict_values"]) for r in conflicts] == [
        ("stmt:1", "stmt:4", ["300", "500"])
    ]
    assert [r["speaker"] for r in run_query(g, "who_said_about", entity="the alliance")] == [
        "Jens Stoltenberg",
        "an official",
    ]
    assert [r["id"] for r in run_query(g, "statements_by_speaker", speaker=TRICKY_NAME.lower())] == ["stmt:4"]
    co = run_query(g, "co_mentioned_entities", entity="nato")
    assert co[0] == {"id": "ent:stolt", "name": "Jens Stoltenberg", "type": "PERSON", "documents": 2}
    paths = run_query(g, "shortest_path_between_entities", source="Zelenskyy", target="the alliance")
    assert paths == [
        {
            "hops": 2,
            "nodes": ["ent:zel", "doc:c", "ent:nato"],
            "names": ["Volodymyr Zelensky", paths[0]["names"][1], "NATO"],
        }
    ]
    period = run_query(g, "statements_in_period", start="2023-12-01", end="2023-12-31")
    assert [r["id"] for r in period] == ["stmt:4"]
    assert [r["id"] for r in run_query(g, "entity_aliases", entity="KIEV")] == ["ent:kyiv"]
    assert run_query(g, "entity_aliases", entity="nobody at all") == []


# -- Python twin == Cypher, on a real Neo4j ----------------------------------------------------------


def param_cases(graph: nx.MultiDiGraph, name: str) -> list[dict[str, Any]]:
    """Parameter sets that exercise a query on ``graph``: real names, odd spellings, misses."""
    ents = sorted(
        (n for n, a in graph.nodes(data=True) if a.get("kind") == "Entity"),
        key=lambda n: (-graph.nodes[n].get("mentions", 0), n),
    )[:6]
    names: list[str] = []
    for n in ents:
        a = graph.nodes[n]
        names.append(a["name"])
        aliases = a.get("aliases") or []
        if aliases:
            names.append(aliases[-1].upper())
    names.append("no such entity anywhere")
    by_reports = sorted(
        (n for n, a in graph.nodes(data=True) if a.get("kind") == "Statement"),
        key=lambda n: (-graph.nodes[n].get("reports", 0), n),
    )
    stmts = [*by_reports[:5], "stmt:missing"]
    days = sorted(
        a["said"]["start"]
        for _, a in graph.nodes(data=True)
        if a.get("kind") == "Statement" and a.get("said") and a["said"].get("start")
    )
    lo, hi = (days[0], days[-1]) if days else ("2023-01-01", "2023-12-31")
    params = QUERIES[name].params
    kinds = [p.name for p in params]
    if not params:
        return [{}]
    if name == "shortest_path_between_entities":
        top = [graph.nodes[n]["name"] for n in ents[:4]]
        return [{"source": a, "target": b} for a in top for b in top if a != b] + [
            {"source": top[0], "target": "no such entity anywhere"}
        ]
    if name == "statements_in_period":
        return [
            {"start": lo, "end": hi},
            {"start": lo, "end": lo},
            {"start": "1990-01-01", "end": "1990-12-31"},
        ]
    if name == "outlets_reporting_statement":
        return [{"statement": s} for s in stmts]
    if name == "timeline_for_entity":
        return [{"entity": n} for n in names] + [{"entity": names[0], "start": lo, "end": hi}]
    if name == "co_mentioned_entities":
        return [{"entity": n} for n in names] + [{"entity": names[0], "limit": 2}]
    (param,) = kinds
    return [{param: n} for n in names]


@pytest.fixture(scope="module", params=["sample", "seeds"])
def exported(request: pytest.FixtureRequest, neo4j_driver: Any) -> tuple[str, nx.MultiDiGraph, Any]:
    if request.param == "sample":
        graph = sample_graph()
    else:
        if not hasattr(graphbuild, "build"):
            pytest.skip("graphbuild.build is not available yet")
        try:  # the session's seeds graph from tests/conftest.py, when there is one
            graph = request.getfixturevalue("seeds_kg").graph
        except pytest.FixtureLookupError:
            graph = graphbuild.build([REPO / "seeds"]).graph
    stats = export_graph(graph, driver=neo4j_driver, wipe=True)
    assert stats.nodes == graph.number_of_nodes()
    return request.param, graph, neo4j_driver


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_python_and_cypher_twins_return_identical_rows(
    exported: tuple[str, nx.MultiDiGraph, Any], name: str
) -> None:
    which, graph, driver = exported
    nonempty = 0
    for params in param_cases(graph, name):
        expected = run_query(graph, name, **params)
        got = run_cypher(driver, name, **params)
        assert got == expected, f"{name}({params})"
        nonempty += bool(expected)
    # The hand-made graph has rows for every query; the seeds graph need not (e.g. no conflicts).
    assert nonempty or which != "sample", (
        f"{name} returned no rows for any parameters: the comparison proved nothing"
    )


def test_run_cypher_accepts_a_session(exported: tuple[str, nx.MultiDiGraph, Any]) -> None:
    _, graph, driver = exported
    with driver.session(database="neo4j") as session:
        rows = run_cypher(session, "conflicting_claims")
    assert rows == run_query(graph, "conflicting_claims")
