"""One page read by the importer as `build.py ingest` reads it, with the project's config.yaml and a
capture date: what the ingest tests of single pages call (the stories before they are composed, or
the articles' tags once written)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronicle.config import load_config
from chronicle.ingest import ingest_files
from chronicle.ingest.run import make_context, parse
from chronicle.source import frontmatter

_CONFIG = Path(__file__).resolve().parent.parent / "config.yaml"


def read_page(text: str, captured: dt.date):
    return parse(text, make_context(load_config(_CONFIG), captured))


def tags_by_title(text: str, folder: Path, name: str = "2025-06-02-digest.txt") -> dict[str, set[str]]:
    """Ingest the page (saved in `folder` as `name`, whose date is the capture's) into folder/out:
    each article's title -> its tags in lower case."""
    raw = folder / name
    raw.write_text(text, encoding="utf-8")
    report = ingest_files([raw], folder / "out", load_config(_CONFIG))
    assert not report.errors
    found = {}
    for p in sorted((folder / "out").glob("*.md")):
        yaml_text, line, _, _ = frontmatter.split(p.read_text(encoding="utf-8"), str(p))
        fields = frontmatter.parse_fields(yaml_text, line, str(p))[0]
        found[fields["title"]] = {str(t).lower() for t in fields.get("tags") or ()}
    return found
