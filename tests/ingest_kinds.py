"""The kind tests of the held-out sets' layouts (tests/test_ingest_layouts*.py) parse pages in
process, as `ingest` reads a digest captured on a given day: no files, no build."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from chronicle.config import load_config
from chronicle.ingest.run import make_context, parse

ROOT = Path(__file__).resolve().parent.parent


def parser(captured: dt.date) -> Callable:
    """parse(text) with the project's config.yaml, captured on `captured` (the config read once)."""
    made = []

    def parsed(text: str):
        if not made:
            made.append(make_context(load_config(ROOT / "config.yaml"), captured))
        return parse(text, made[0])
    return parsed


def items(p) -> list[tuple]:
    """(title, date, source) of each story read."""
    return [(s.title, s.date, s.source) for s in p.stories]
