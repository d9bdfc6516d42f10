"""The commands that read time: ``timeline`` (statements and events in time order, and the text
:func:`format_timeline` writes of them), ``timex`` and ``timeml``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import click

from .cli_common import DEFAULT_GRAPH, _clean_errors


def _when_label(item: Any) -> str:
    if item.basis == "before" and item.end is not None:
        return f"<={item.end.isoformat()} (before publication)"
    if item.start is None:
        return "undated"
    if item.basis == "reported":
        return f"<={item.start.isoformat()} (reported)"
    if item.when is not None and item.when.value and item.precision not in (None, "day"):
        mod = f" {item.when.mod.lower()}" if item.when.mod else ""
        return f"{item.when.value}{mod} ({item.precision})"
    return item.start.isoformat()


def format_timeline(items: Iterable[Any], *, width: int = 100) -> str:
    """Readable timeline text: date, who, what, which outlets."""
    lines = []
    for item in items:
        who = item.who or ("-" if item.kind == "event" else "(unknown speaker)")
        text = " ".join(item.text.split())
        if len(text) > width:
            text = text[: width - 1] + "…"
        what = f'"{text}"' if item.kind == "statement" else text
        # the reporting verb when it says more than "say": "Warren (endorse): "Joe Biden""
        cue = f" ({item.cue})" if item.kind == "statement" and item.cue not in (None, "say") else ""
        lines.append(f"{_when_label(item):<24} {item.kind:<9} {who}{cue}: {what}")
        lines.append(f"{'':<24} {'':<9} reported by: {', '.join(item.outlets) or '-'}")
    return "\n".join(lines)


@click.command()
@click.option(
    "--graph",
    "graph_path",
    default=DEFAULT_GRAPH,
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
)
@click.option("--entity", help="Only items said by, about or involving this entity (any alias).")
@click.option(
    "--from",
    "start",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Keep items overlapping from this day (YYYY-MM-DD).",
)
@click.option(
    "--to",
    "end",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Keep items overlapping up to this day (YYYY-MM-DD).",
)
@click.option("--json", "as_json", is_flag=True, help="JSON lines for machines.")
@_clean_errors
def timeline(graph_path: Path, entity: str | None, start: Any, end: Any, as_json: bool) -> None:
    """Print statements and events in time order."""
    from . import load

    kg = load(graph_path)
    items = kg.timeline(entity=entity, start=start.date() if start else None, end=end.date() if end else None)
    if as_json:
        for item in items:
            click.echo(json.dumps(item.to_json(), ensure_ascii=False, sort_keys=True))
        return
    if not items:
        click.echo("no statements or events match", err=True)
        return
    from .timeline_format import annotate_lines

    click.echo(annotate_lines(items, format_timeline(items).splitlines()))


# -- timex -----------------------------------------------------------------------------------


@click.command()
@click.argument("text")
@click.option(
    "--anchor",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Date relative expressions resolve against (YYYY-MM-DD), e.g. the publication day.",
)
@click.option("--pretty", is_flag=True, help="One aligned line per expression instead of JSON lines.")
@_clean_errors
def timex(text: str, anchor: Any, pretty: bool) -> None:
    """Find and resolve the time expressions in TEXT (JSON lines: span, TIMEX3 value, interval, rule)."""
    from . import temporal

    anchor_day: date | None = anchor.date() if anchor else None
    found = temporal.tag(text, anchor_day)
    if pretty:
        if found:
            click.echo(temporal.format_timexes(found))
        else:
            click.echo("no time expressions found", err=True)
        return
    for t in found:
        row = {"start": t.start, "end": t.end, **t.to_timespan().to_json()}
        click.echo(json.dumps(row, ensure_ascii=False, sort_keys=True))


@click.group()
def timeml() -> None:
    """TimeML in and out (TempEval-3 format), so standard scorers can score the tagger."""


@timeml.command("annotate")
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@_clean_errors
def timeml_annotate(in_dir: Path, out_dir: Path) -> None:
    """Tag every *.tml file in IN_DIR (using its DCT) and write it with TIMEX3 tags to OUT_DIR."""
    from .temporal import annotate_dir

    n = annotate_dir(in_dir, out_dir)
    click.echo(f"annotated {n} file(s) into {out_dir}")
