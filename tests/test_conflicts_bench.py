"""The conflicts bench's data is well formed (the bench itself runs the real pipeline: a script, not a test)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import conflicts
import conflicts_data


def test_every_labelled_figure_occurs_once_and_pairs_name_known_figures() -> None:
    conflicts.check_data(conflicts_data)
    stories = {conflicts.story_of(d[0]) for d in conflicts_data.DOCS}
    assert set(conflicts.DEV_STORIES) < stories  # some stories are held out
    labels = {label for _, _, label in conflicts_data.SAME_QUANTITY}
    assert labels == {"conflict", "consistent"}


def test_a_value_is_aligned_by_its_number() -> None:
    assert conflicts._figure_number("over 125,000 casualties") == "125,000"
    assert conflicts._figure_number("nearly two dozen") == "nearly"
