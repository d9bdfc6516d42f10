"""Shared fixtures: the real spaCy pipeline and the seeds graph, built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so a red suite is reproducible and CI never
# fails on a draw nobody can repeat. GRAPHBUILD_HYPOTHESIS=explore draws fresh random examples
# (run it when changing the code a property covers; pin what it finds as an example test).
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("GRAPHBUILD_HYPOTHESIS", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from graphbuild.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_build(nlp):
    """The seeds built once: a BuildResult (graph, documents, skipped...)."""
    from graphbuild.pipeline import build_paths

    return build_paths([SEEDS], nlp=nlp)


@pytest.fixture(scope="session")
def seeds_kg(seeds_build):
    from graphbuild import KnowledgeGraph

    return KnowledgeGraph(seeds_build.graph)
