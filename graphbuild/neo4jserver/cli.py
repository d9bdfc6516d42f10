"""``graphbuild neo4j start|stop|status``: a thin click wrapper over :mod:`graphbuild.neo4jserver`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import GraphbuildError
from . import server

_home_option = click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Server directory (default: $GRAPHBUILD_NEO4J_HOME or ./.neo4j).",
)


@click.group("neo4j")
def neo4j_cli() -> None:
    """Run a local Neo4j 5.26 server (built from Maven Central; needs Java 17+ and Maven)."""


@neo4j_cli.command("start")
@_home_option
@click.option("--port", type=int, default=7687, show_default=True, help="Bolt port on 127.0.0.1.")
@click.option(
    "--password",
    envvar="NEO4J_PASSWORD",
    default=None,
    help="Password of user neo4j (default: $NEO4J_PASSWORD). Required unless --no-auth.",
)
@click.option("--no-auth", is_flag=True, help="Disable authentication.")
@click.option("--heap", default="512m", show_default=True, help="JVM heap (-Xmx).")
@click.option("--pagecache", default="256m", show_default=True, help="Neo4j page cache size.")
@click.option("--timeout", type=float, default=180, show_default=True, help="Seconds to wait for Bolt.")
def start_command(
    home: Path | None,
    port: int,
    password: str | None,
    no_auth: bool,
    heap: str,
    pagecache: str,
    timeout: float,
) -> None:
    """Start the server (building it with Maven the first time) and wait until Bolt answers."""
    if no_auth:
        password = None
    elif not password:
        raise click.UsageError("give --password (or $NEO4J_PASSWORD), or --no-auth")
    try:
        info = server.start(
            home, port=port, password=password, heap=heap, pagecache=pagecache, timeout=timeout
        )
    except GraphbuildError as exc:
        raise click.ClickException(str(exc)) from exc
    auth = "user neo4j" if info.auth else "no auth"
    click.echo(f"Neo4j {info.version} running on {info.uri} ({auth}, pid {info.pid}, home {info.home})")


@neo4j_cli.command("stop")
@_home_option
def stop_command(home: Path | None) -> None:
    """Stop the server running from --home."""
    try:
        stopped = server.stop(home)
    except GraphbuildError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo("Neo4j stopped" if stopped else "Neo4j was not running")


@neo4j_cli.command("status")
@_home_option
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def status_command(home: Path | None, as_json: bool) -> None:
    """Show whether a server runs from --home, and where."""
    st = server.status(home)
    if as_json:
        click.echo(json.dumps(st, indent=2, sort_keys=True))
    elif st["running"]:
        click.echo(
            f"running: {st['uri']} (pid {st['pid']}, auth {'on' if st['auth'] else 'off'}, home {st['home']})"
        )
    else:
        click.echo(f"not running (home {st['home']}, built: {'yes' if st['built'] else 'no'})")


@neo4j_cli.command("import")
@click.argument("csv_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_home_option
@click.option("--database", default="neo4j", show_default=True, help="Database to (over)write.")
def import_command(csv_dir: Path, home: Path | None, database: str) -> None:
    """Bulk-load the CSV files of `graphbuild export csv` (neo4j-admin import; server stopped)."""
    paths = sorted(csv_dir.glob("nodes_*.csv")) + sorted(csv_dir.glob("relationships_*.csv"))
    if not paths:
        raise click.ClickException(f"{csv_dir}: no nodes_*.csv or relationships_*.csv files")
    try:
        log_path = server.import_csv(home, paths, database=database)
    except GraphbuildError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"imported {len(paths)} files into database {database} (log: {log_path})")
