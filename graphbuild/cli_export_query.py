"""The commands that take a built graph further: ``export`` (the HTML explorer, GraphML, Neo4j, CSV
for ``neo4j-admin``) and ``query`` (the named queries, on graph.json or as Cypher on a Neo4j server)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .cli_common import DEFAULT_GRAPH, F, _clean_errors


@click.group()
def export() -> None:
    """Write a built graph in another format."""


def _graph_option(func: F) -> F:
    return click.option(
        "--graph",
        "graph_path",
        default=DEFAULT_GRAPH,
        show_default=True,
        type=click.Path(dir_okay=False, path_type=Path),
    )(func)


@export.command("html")
@_graph_option
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@_clean_errors
def export_html(graph_path: Path, out_path: Path) -> None:
    """The interactive, offline HTML explorer."""
    from .exports.html import write_explorer
    from .graph import load_graph

    click.echo(f"wrote {write_explorer(load_graph(graph_path), out_path)}")


@export.command("graphml")
@_graph_option
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@_clean_errors
def export_graphml(graph_path: Path, out_path: Path) -> None:
    """GraphML (nested attributes as JSON strings)."""
    from .exports.graphml import write_graphml
    from .graph import load_graph

    click.echo(f"wrote {write_graphml(load_graph(graph_path), out_path)}")


def _neo4j_options(func: F) -> F:
    for option in reversed(
        [
            click.option(
                "--uri", envvar="NEO4J_URI", help="Bolt URI (default: $NEO4J_URI or bolt://127.0.0.1:7687)."
            ),
            click.option("--user", envvar="NEO4J_USER", help="User (default: $NEO4J_USER or neo4j)."),
            click.option("--password", envvar="NEO4J_PASSWORD", help="Password (default: $NEO4J_PASSWORD)."),
            click.option("--database", default="neo4j", show_default=True, help="Database name."),
        ]
    ):
        func = option(func)
    return func


@export.command("neo4j")
@_graph_option
@_neo4j_options
@click.option("--wipe", is_flag=True, help="Delete everything in the database first.")
@click.option("--batch-size", type=click.IntRange(min=1), default=5000, show_default=True)
@_clean_errors
def export_neo4j(
    graph_path: Path,
    uri: str | None,
    user: str | None,
    password: str | None,
    database: str,
    wipe: bool,
    batch_size: int,
) -> None:
    """Export to Neo4j: constraints first, then batched, idempotent UNWIND ... MERGE."""
    from .exports.neo4j import export_graph
    from .graph import load_graph

    stats = export_graph(
        load_graph(graph_path),
        uri=uri,
        user=user,
        password=password,
        database=database,
        wipe=wipe,
        batch_size=batch_size,
    )
    click.echo(
        f"exported {stats.nodes} nodes and {stats.relationships} relationships in {stats.seconds:.2f} s "
        f"(created {stats.nodes_created} nodes, {stats.relationships_created} relationships; "
        f"{stats.properties_set} properties set)"
    )


@export.command("csv")
@_graph_option
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@_clean_errors
def export_csv(graph_path: Path, out_dir: Path) -> None:
    """CSV files for `neo4j-admin database import` (the bulk path for big graphs)."""
    from .exports.csv import import_command, write_csv
    from .graph import load_graph

    paths = write_csv(load_graph(graph_path), out_dir)
    for p in paths:
        click.echo(f"wrote {p}")
    click.echo("import with: " + " ".join(import_command(paths)))


# -- query -----------------------------------------------------------------------------------------


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not of the form key=value", param_hint="--param")
        params[key.strip()] = value
    return params


@click.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "pairs", multiple=True, help="Query parameter key=value (repeatable).")
@_graph_option
@click.option(
    "--neo4j", "use_neo4j", is_flag=True, help="Run the Cypher twin on Neo4j instead of the graph file."
)
@_neo4j_options
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@_clean_errors
def query(
    name: str | None,
    pairs: tuple[str, ...],
    graph_path: Path,
    use_neo4j: bool,
    uri: str | None,
    user: str | None,
    password: str | None,
    database: str,
    list_queries: bool,
) -> None:
    """Run the named query NAME (JSON lines); `--neo4j` runs its Cypher twin on a server."""
    from .queries import QUERIES, run_cypher, run_query

    if list_queries or name is None:
        for qname in sorted(QUERIES):
            q = QUERIES[qname]
            signature = ", ".join(p.name + ("" if p.required else "?") for p in q.params)
            click.echo(f"{qname}({signature}): {q.description}")
        return
    params = _parse_params(pairs)
    if use_neo4j:
        from .exports.neo4j import connect

        driver = connect(uri, user, password)
        try:
            rows = run_cypher(driver, name, database=database, **params)
        finally:
            driver.close()
    else:
        from .graph import load_graph

        rows = run_query(load_graph(graph_path), name, **params)
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str))
