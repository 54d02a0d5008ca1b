"""Where an ingested article went when its file is no longer where the ledger says: a writer who
renamed or moved it was told 'deleted by a writer; not re-created' (nothing was lost, but the
words were wrong, and the ledger kept the old name for good). Ingest writes each article's `id:`
in its front matter, so the file that carries that id is the article, under its new name."""
from __future__ import annotations

import re
from pathlib import Path

from ..source.scan import find_markdown_files

_ID = re.compile(rb"^id:[ \t]*['\"]?([0-9A-Za-z_-]+)['\"]?[ \t]*\r?$", re.M)
_HEAD = 16384   # the front matter ingest writes is well within this; an id further down is not its own


class Renamed:
    """The files under an ingest folder by the id in their front matter, read once, when first
    asked (a file missing is rare: most runs never read them)."""

    def __init__(self, into: Path):
        self.into = into
        self._by_id: dict[str, str] | None = None

    def note(self, records: dict, art_id: str) -> str:
        """What a run says of the ledger's article `art_id`, whose file is gone from its place;
        found under a new name, its record follows it (the writer's file stays as it is)."""
        rec = records[art_id]
        moved = self.find(art_id)
        if moved is None:
            return f"{rec['file']}: deleted by a writer; not re-created"
        records[art_id] = dict(rec, file=moved)
        return f"{rec['file']}: renamed by a writer to {moved}; kept as it is"

    def find(self, art_id: str) -> str | None:
        """The file (relative to the folder, '/'-separated) that now carries `art_id`, if any."""
        if self._by_id is None:
            self._by_id = {}
            for path, _ in find_markdown_files(self.into):
                found = _front_matter_id(path)
                if found:
                    self._by_id.setdefault(found, path.relative_to(self.into).as_posix())
        return self._by_id.get(art_id)


def _front_matter_id(path: Path) -> str | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
    except OSError:
        return None
    if not head.startswith(b"---"):
        return None
    end = head.find(b"\n---", 3)
    found = _ID.search(head, 0, end if end > 0 else len(head))
    return found.group(1).decode("ascii") if found else None
