"""The registry of named queries: parameters, descriptions, Cypher text and Python twins."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from importlib import resources
from typing import Any

import networkx as nx

from graphbuild.api import normalise_name
from graphbuild.errors import Neo4jError, QueryError

from . import library

_REQUIRED = object()


@dataclass(frozen=True)
class Param:
    """One query parameter. ``type`` is ``entity`` (a name or alias), ``str``, ``int`` or ``date``."""

    name: str
    type: str
    description: str
    default: Any = _REQUIRED

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED

    def coerce(self, query: str, value: Any) -> Any:
        """The value converted to this parameter's type; raises QueryError when it does not fit."""
        if value is None:
            if self.required:
                raise QueryError(f"query {query!r}: parameter {self.name!r} is required")
            return None
        if self.type in ("entity", "str"):
            if not isinstance(value, str) or not value.strip():
                raise QueryError(f"query {query!r}: parameter {self.name!r} must be a non-empty string")
            return value
        if self.type == "int":
            try:
                number = int(value)
            except (TypeError, ValueError):
                raise QueryError(
                    f"query {query!r}: parameter {self.name!r} must be an integer, not {value!r}"
                ) from None
            if isinstance(value, bool) or number < 0:
                raise QueryError(f"query {query!r}: parameter {self.name!r} must be a non-negative integer")
            return number
        if self.type == "date":
            if isinstance(value, date):
                return value.isoformat()
            try:
                return date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise QueryError(
                    f"query {query!r}: parameter {self.name!r} must be an ISO date (YYYY-MM-DD), not {value!r}"
                ) from None
        raise QueryError(f"query {query!r}: parameter {self.name!r} has unknown type {self.type!r}")


@dataclass(frozen=True)
class Query:
    """A named query: its Python twin ``function`` and the Cypher in ``cypher/NAME.cypher``."""

    name: str
    description: str
    params: tuple[Param, ...]
    function: Callable[..., list[dict[str, Any]]] = field(repr=False)

    @cached_property
    def cypher(self) -> str:
        """The Cypher text, loaded from the installed package data."""
        path = resources.files("graphbuild.queries").joinpath("cypher", f"{self.name}.cypher")
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise QueryError(
                f"the Cypher file of query {self.name!r} is missing from the installation"
            ) from exc

    def bind(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Validated parameters with defaults filled in (Python values, dates as ISO strings)."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(params) - set(known))
        if unknown:
            expected = ", ".join(known) or "none"
            raise QueryError(
                f"query {self.name!r} has no parameter {', '.join(unknown)} (parameters: {expected})"
            )
        bound = {}
        for p in self.params:
            value = params.get(p.name, None if p.required else p.default)
            bound[p.name] = p.coerce(self.name, value)
        return bound

    def cypher_params(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Parameters as the Cypher expects them: entity names normalised to match ``name_keys``."""
        bound = self.bind(params)
        for p in self.params:
            if p.type == "entity" and bound[p.name] is not None:
                bound[p.name] = normalise_name(bound[p.name])
        return bound


_ENTITY = "a name or any alias (case-, accent- and punctuation-insensitive)"

QUERIES: dict[str, Query] = {
    q.name: q
    for q in (
        Query(
            "timeline_for_entity",
            "Statements said by or about an entity, and events involving it, in time order.",
            (
                Param("entity", "entity", _ENTITY),
                Param("start", "date", "keep items whose interval ends on or after this day", None),
                Param("end", "date", "keep items whose interval starts on or before this day", None),
            ),
            library.timeline_for_entity,
        ),
        Query(
            "statements_by_speaker",
            "Everything an entity said, in time order.",
            (Param("speaker", "entity", _ENTITY),),
            library.statements_by_speaker,
        ),
        Query(
            "who_said_about",
            "Who said what about an entity.",
            (Param("entity", "entity", _ENTITY),),
            library.who_said_about,
        ),
        Query(
            "outlets_reporting_statement",
            "Every report of one statement: outlet, document and the words as that outlet wrote them.",
            (Param("statement", "str", "a statement id (stmt:...)"),),
            library.outlets_reporting_statement,
        ),
        Query(
            "single_source_statements",
            "Statements only one outlet reports.",
            (),
            library.single_source_statements,
        ),
        Query(
            "conflicting_claims",
            "Pairs of statements that contradict each other, with the reason and the values.",
            (),
            library.conflicting_claims,
        ),
        Query(
            "co_mentioned_entities",
            "Entities mentioned in the same documents as an entity, most shared documents first.",
            (Param("entity", "entity", _ENTITY), Param("limit", "int", "at most this many rows", 20)),
            library.co_mentioned_entities,
        ),
        Query(
            "shortest_path_between_entities",
            "All shortest paths (at most 6 hops, any direction) between two entities.",
            (Param("source", "entity", _ENTITY), Param("target", "entity", _ENTITY)),
            library.shortest_path_between_entities,
        ),
        Query(
            "statements_in_period",
            "Statements whose date of saying overlaps a period.",
            (Param("start", "date", "first day (inclusive)"), Param("end", "date", "last day (inclusive)")),
            library.statements_in_period,
        ),
        Query(
            "entity_aliases",
            "The entities a name or alias resolves to, with all their aliases.",
            (Param("entity", "entity", _ENTITY),),
            library.entity_aliases,
        ),
    )
}


def get_query(name: str) -> Query:
    """The registered query called ``name``; raises QueryError naming the known ones."""
    try:
        return QUERIES[name]
    except KeyError:
        raise QueryError(f"unknown query {name!r}; known queries: {', '.join(sorted(QUERIES))}") from None


def run_query(graph: nx.MultiDiGraph, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run the Python twin of a named query on an in-memory graph.

    >>> run_query(kg.graph, "entity_aliases", entity="stoltenberg")  # doctest: +SKIP
    """
    query = get_query(name)
    return query.function(graph, **query.bind(params))


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time.Date / DateTime
        return value.iso_format()
    return value


def run_cypher(
    driver_or_session: Any, name: str, *, database: str = "neo4j", **params: Any
) -> list[dict[str, Any]]:
    """Run the Cypher of a named query through a ``neo4j`` Driver or Session; rows as dicts.

    ``database`` applies when a Driver is given. Raises QueryError for an unknown name or bad
    parameters and graphbuild's Neo4jError when the server fails.
    """
    query = get_query(name)
    cypher_params = query.cypher_params(params)
    from neo4j import exceptions as neo4j_exceptions

    try:
        if hasattr(driver_or_session, "execute_query"):
            records, _, _ = driver_or_session.execute_query(query.cypher, cypher_params, database_=database)
        else:
            records = list(driver_or_session.run(query.cypher, cypher_params))
    except neo4j_exceptions.Neo4jError as exc:
        raise Neo4jError(f"query {name!r} failed in Neo4j: {exc.code}: {exc.message}") from exc
    except (neo4j_exceptions.DriverError, OSError) as exc:
        raise Neo4jError(f"query {name!r}: cannot reach Neo4j: {exc}") from exc
    return [{k: _plain(v) for k, v in record.items()} for record in records]
