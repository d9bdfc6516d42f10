"""Extraction on a Dask cluster: the same graph as the single-process build, the cache, clean errors.

One local cluster (two worker processes, each loading spaCy once) serves the whole module.
"""

from __future__ import annotations

import functools
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

try:
    import distributed
except ImportError as exc:  # a CI without the extra must fail here, not skip
    raise ImportError(
        "tests/test_distributed.py needs Dask: pip install -e '.[dev]' (dask[distributed])"
    ) from exc

import graphbuild.distributed as gd
import graphbuild.nlp
from graphbuild.distributed import DistributedError, build_distributed, check_workers
from graphbuild.errors import GraphbuildError, ModelNotFoundError
from graphbuild.graph import to_json
from graphbuild.pipeline import build_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

EXTRA = {
    "harbour.txt": (
        "Port authority approves harbour expansion\n\n"
        "The Northfield Port Authority on Tuesday approved a plan to deepen the harbour, its chairman "
        'Daniel Okafor said. "We expect the first larger ships by next spring," Okafor told reporters. '
        "The project will cost about 40 million dollars, according to the city council."
    ),
    "strike.txt": (
        "Rail workers call off strike\n\n"
        "Rail workers in Eastbridge called off a planned strike on Friday after the union reached "
        "an agreement with the operator, union leader Maria Santos said on Thursday. The operator said "
        "wages would rise by 4 percent in January."
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    extra = tmp_path_factory.mktemp("extra")
    for name, text in EXTRA.items():
        (extra / name).write_text(text + "\n", encoding="utf-8")
    return [SEEDS, extra]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def client(cluster: Any) -> Iterator[Any]:
    with distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def reference(nlp: Any, corpus: list[Path]) -> str:
    return to_json(build_paths(corpus, nlp=nlp).graph)


def _documents_analysed(client: Any) -> int:
    return sum(s["documents"] for s in client.run(gd.worker_stats).values())


def _on_workers(client: Any, obj: Any, name: str, value: Any) -> None:
    client.run(functools.partial(setattr, obj, name, value))


def test_same_graph_as_single_process_build(
    cluster: Any, client: Any, corpus: list[Path], reference: str
) -> None:
    before = _documents_analysed(client)
    seen: list[int] = []

    def progress(stream: Any, total: int) -> Any:
        seen.append(total)
        return stream

    # chunks of 2 over 2 workers: results arrive out of order and must be put back in order
    result = build_distributed(
        corpus, scheduler=cluster.scheduler_address, chunk_size=2, max_in_flight=3, progress=progress
    )
    assert to_json(result.graph) == reference
    n = len(result.documents)
    assert n == len(list(SEEDS.glob("*.txt"))) + len(EXTRA)
    assert seen == [n]
    assert _documents_analysed(client) - before == n
    assert result.timings["worker_nlp"] > 0


def test_cache_second_run_sends_nothing(
    cluster: Any, client: Any, corpus: list[Path], reference: str, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = build_distributed(corpus, scheduler=cluster.scheduler_address, cache_dir=cache)
    assert to_json(first.graph) == reference
    assert len(list(cache.glob("??/*.json.gz"))) == len(first.documents)  # one analysis each

    before = _documents_analysed(client)
    second = build_distributed(corpus, scheduler=cluster.scheduler_address, cache_dir=cache)
    assert _documents_analysed(client) == before  # no document reached a worker
    assert to_json(second.graph) == reference

    new = tmp_path / "new"
    new.mkdir()
    (new / "late.txt").write_text(
        "Council delays vote\n\nThe city council delayed its budget vote until March, the mayor said.\n",
        encoding="utf-8",
    )
    third = build_distributed([*corpus, new], scheduler=cluster.scheduler_address, cache_dir=cache)
    assert _documents_analysed(client) - before == 1
    assert len(third.documents) == len(first.documents) + 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_scheduler_is_a_clean_error(corpus: list[Path]) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    t = time.perf_counter()
    with pytest.raises(DistributedError, match=re.escape(f"cannot reach the Dask scheduler at {address}")):
        build_distributed(corpus, scheduler=address, timeout=1)
    assert time.perf_counter() - t < 15


def test_missing_model_on_the_workers(cluster: Any, client: Any, corpus: list[Path]) -> None:
    packages = graphbuild.nlp.MODEL_PACKAGES
    _on_workers(client, graphbuild.nlp, "MODEL_PACKAGES", ("no_such_model_package",))
    client.run(graphbuild.nlp.load_pipeline.cache_clear)
    try:
        with pytest.raises(
            DistributedError, match=r"2 of 2 Dask worker\(s\) cannot analyse.*pip install"
        ) as err:
            build_distributed(corpus, scheduler=cluster.scheduler_address)
        assert "Traceback" not in str(err.value)
    finally:
        _on_workers(client, graphbuild.nlp, "MODEL_PACKAGES", packages)


def test_failure_on_a_worker_names_the_chunk(cluster: Any, client: Any, corpus: list[Path]) -> None:
    # any exception raised by a whole task (here the chunk function itself fails); the worker keeps
    # its own function to restore (one sent from here would be looked up by name there: the patch)
    client.run(lambda: setattr(gd, "_saved_extract_chunk", gd.extract_chunk))
    _on_workers(client, gd, "extract_chunk", divmod)
    try:
        with pytest.raises(
            DistributedError,
            match=r"extraction failed on a Dask worker for \d+ document\(s\) from .*TypeError",
        ):
            build_distributed(corpus, scheduler=cluster.scheduler_address, chunk_size=3)
    finally:
        client.run(lambda: setattr(gd, "extract_chunk", gd._saved_extract_chunk))


def test_a_document_that_breaks_a_stage_is_skipped_and_the_build_goes_on(
    cluster: Any, client: Any, corpus: list[Path], tmp_path: Path
) -> None:
    original = gd.analyse_document
    # fails on one document only, as a stage bug triggered by one odd article would
    _on_workers(
        client,
        gd,
        "analyse_document",
        lambda document, doc: 1 / 0 if "Rail workers" in document.text else original(document, doc),
    )
    try:
        cache = tmp_path / "cache"
        result = build_distributed(corpus, scheduler=cluster.scheduler_address, chunk_size=3, cache_dir=cache)
    finally:
        _on_workers(client, gd, "analyse_document", original)
    assert [Path(s.path).name for s in result.skipped] == ["strike.txt"]
    assert "extraction failed (ZeroDivisionError" in result.skipped[0].reason
    assert len(result.documents) == len(list(SEEDS.glob("*.txt"))) + len(EXTRA) - 1
    assert all("Rail workers" not in d.text for d in result.documents)
    assert len(list(cache.glob("??/*.json.gz"))) == len(result.documents)  # the failure is not cached


def test_check_workers_accepts_agreeing_workers() -> None:
    info = {"graphbuild": "x", "source": "s", "pipeline_version": "7", "model": "en_core_web_sm-3.8.0"}
    infos = {"tcp://a:1": info, "tcp://b:1": dict(info)}
    assert check_workers(infos, pipeline_version="7", source="s") == info["model"]


@pytest.mark.parametrize(
    ("infos", "message"),
    [
        ({}, "no workers"),
        (
            {"tcp://a:1": ModelNotFoundError("no spaCy English pipeline is installed")},
            r"1 of 1 .*tcp://a:1: no spaCy English pipeline",
        ),
        ({"tcp://a:1": OSError("disk full")}, r"tcp://a:1: OSError: disk full"),
        (
            {"tcp://a:1": {"pipeline_version": "6", "source": "s", "model": "m"}},
            "another graphbuild pipeline",
        ),
        (
            {
                "tcp://a:1": {"pipeline_version": "7", "source": "s", "model": "m"},
                "tcp://b:1": {"pipeline_version": "7", "source": "patched", "model": "m"},
            },
            r"worker\(s\) tcp://b:1 run other graphbuild sources",
        ),
        (
            {
                "tcp://a:1": {"pipeline_version": "7", "source": "s", "model": "m-1"},
                "tcp://b:1": {"pipeline_version": "7", "source": "s", "model": "m-2"},
            },
            r"different spaCy models \(m-1, m-2\)",
        ),
    ],
)
def test_check_workers_rejects_unusable_clusters(infos: dict[str, Any], message: str) -> None:
    with pytest.raises(DistributedError, match=message):
        check_workers(infos, pipeline_version="7", source="s")


def test_errors_belong_to_the_hierarchy() -> None:
    assert issubclass(DistributedError, GraphbuildError)


def test_bad_chunk_size(corpus: list[Path]) -> None:
    with pytest.raises(DistributedError, match="chunk_size"):
        build_distributed(corpus, chunk_size=0)


def test_preload_hook_loads_the_model(nlp: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="graphbuild.distributed")
    gd.dask_setup(object())
    assert "loaded on Dask worker" in caplog.text


def test_cli_build_on_a_running_cluster(
    cluster: Any, client: Any, corpus: list[Path], reference: str, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from graphbuild.cli import cli

    out = tmp_path / "out"
    args = ["build", *map(str, corpus), "--out", str(out), "--no-explorer", "--no-cache"]
    result = CliRunner().invoke(cli, [*args, "--dask", cluster.scheduler_address])
    assert result.exit_code in (0, 3), result.output
    assert (out / "graph.json").read_text(encoding="utf-8") == reference
    refused = CliRunner().invoke(cli, [*args, "--dask", cluster.scheduler_address, "-j", "2"])
    assert refused.exit_code == 2 and "--processes" in refused.output
