"""One page read by the importer as `build.py ingest` reads it, with the project's config.yaml and a
capture date: what the ingest tests of single pages call (the stories before they are composed)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronicle.config import load_config
from chronicle.ingest.run import make_context, parse

_CONFIG = Path(__file__).resolve().parent.parent / "config.yaml"


def read_page(text: str, captured: dt.date):
    return parse(text, make_context(load_config(_CONFIG), captured))
