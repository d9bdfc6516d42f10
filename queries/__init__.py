"""Named queries: Python functions with Cypher twins in cypher/*.cypher."""

from __future__ import annotations

from .library import (
    co_mentioned_entities,
    conflicting_claims,
    entity_aliases,
    matching_entities,
    outlets_reporting_statement,
    shortest_path_between_entities,
    single_source_statements,
    statements_by_speaker,
    statements_in_period,
    timeline_for_entity,
    who_said_about,
)
from .registry import QUERIES, Param, Query, get_query, run_cypher, run_query

__all__ = [
    "QUERIES",
    "Param",
    "Query",
    "co_mentioned_entities",
    "conflicting_claims",
    "entity_aliases",
    "get_query",
    "matching_entities",
    "outlets_reporting_statement",
    "run_cypher",
    "run_query",
    "shortest_path_between_entities",
    "single_source_statements",
    "statements_by_speaker",
    "statements_in_period",
    "timeline_for_entity",
    "who_said_about",
]
