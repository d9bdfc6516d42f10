"""Alias kept for old commands: ``bench/timex.py`` runs :mod:`bench/temporal.py` (same options)."""

from __future__ import annotations

import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).resolve().with_name("temporal.py")), run_name="__main__")
