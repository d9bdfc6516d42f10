"""The console script ``graphbuild``: the command line, with an incremental build's worker started first.

``graphbuild build NEW --into DIR`` parses a few new documents in one worker process, which spends
about a second importing spaCy and loading the model while this process reads thousands of cached
analyses. Importing the command line and the build's modules takes this process about a quarter of
a second; started before that (:func:`graphbuild.pipeline_warm.start_early`), the worker is ready
that much sooner. The build takes it over, or stops it when it does not need it (see
:func:`graphbuild.pipeline.build_paths`).
"""

from __future__ import annotations

import sys


def main() -> None:
    """Run the command line (:func:`graphbuild.cli.main`)."""
    if incremental_build(sys.argv[1:]):
        from .pipeline_warm import start_early

        start_early()
    from .cli import main as cli_main

    cli_main()


def incremental_build(args: list[str]) -> bool:
    """Whether the command-line arguments ask for ``build ... --into DIR`` (not for its help).

    >>> incremental_build(["build", "new.jsonl", "--into", "out"]), incremental_build(["build", "a", "--out", "b"])
    (True, False)
    """
    if "build" not in args or "--help" in args or "-h" in args:
        return False
    return any(a == "--into" or a.startswith("--into=") for a in args)
