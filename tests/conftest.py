"""Shared fixtures: the real spaCy pipeline and the seeds graph, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

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
