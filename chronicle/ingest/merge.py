"""The same story from a second digest: fill what the first article lacks (date, source, url, tags)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..source import frontmatter
from ..errors import ContentError

ORDER = ("title", "title_basis", "date", "date_basis", "source", "url", "tags", "summary", "imported_from", "imported", "id")
FILLABLE = ("date", "date_basis", "source", "url")


def extras_of(fields: dict) -> dict:
    """What a duplicate can contribute, as JSON-ready values for the ledger."""
    out = {k: fields[k] for k in FILLABLE if fields.get(k)}
    if "date" in out:
        out["date"] = out["date"].isoformat()
    if fields.get("tags"):
        out["tags"] = list(fields["tags"])
    return out


def merge(base: dict, extras: list[dict], max_tags: int) -> dict:
    """base fields + what each extra adds; the base's own values always win."""
    fields = {k: base.get(k) for k in ORDER}
    tags = list(fields.get("tags") or ())
    for extra in extras:
        if not fields.get("date") and extra.get("date"):
            fields["date"] = dt.date.fromisoformat(extra["date"])
            fields["date_basis"] = extra.get("date_basis") or "stated"
        for key in ("source", "url"):
            if not fields.get(key) and extra.get(key):
                fields[key] = extra[key]
        tags += [t for t in extra.get("tags", ()) if t not in tags]
    fields["tags"] = tags[: max(max_tags, len(base.get("tags") or ()))]
    return fields


def read_article(path: Path) -> tuple[dict, str] | None:
    """An article file ingest wrote -> (fields in front-matter order, body); None when unreadable."""
    try:
        text = frontmatter.normalise_text(path.read_bytes(), str(path))
        yaml_text, line, body, _ = frontmatter.split(text, str(path))
    except (OSError, ContentError):
        return None
    fields, errors = frontmatter.parse_fields(yaml_text, line, str(path))
    if errors:
        return None
    fields = {k: fields.get(k) for k in ORDER}
    # title_basis is ingest's own field, which the front-matter reader does not keep
    fields["title_basis"] = "derived" if re.search(r"^title_basis:\s*derived\s*$", yaml_text, re.M) else None
    fields["tags"] = list(fields.get("tags") or ())
    return fields, body
