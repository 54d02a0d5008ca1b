"""The ledger of what ingest wrote into a folder (`.ingested.json`): which raw files were read, which
article files came from them and the bytes ingest last wrote, so that writers' edits and deletions
are respected and re-runs change nothing."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import IngestError

LEDGER_NAME = ".ingested.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def title_key(title: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", title.lower()))


def text_key(text: str, words: int = 16) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))[:words])


@dataclass
class Ledger:
    path: Path
    articles: dict[str, dict] = field(default_factory=dict)   # id -> {file, sha256, source, title_key, text_key}
    sources: dict[str, dict] = field(default_factory=dict)    # raw file name -> {sha256, articles: [ids]}

    @classmethod
    def load(cls, folder: Path) -> "Ledger":
        path = folder / LEDGER_NAME
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(path, dict(data.get("articles", {})), dict(data.get("sources", {})))
        except (OSError, ValueError, AttributeError) as exc:
            raise IngestError(str(path), 1, f"the ingest ledger is unreadable ({exc}); fix or delete it") from None

    def dumps(self) -> bytes:
        data = {"version": 1, "sources": self.sources, "articles": self.articles}
        return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")

    def find(self, art_id: str, tkey: str, xkey: str) -> str | None:
        """The id of a recorded article that is the same story, if any."""
        if art_id in self.articles:
            return art_id
        for other, rec in sorted(self.articles.items()):
            if xkey and rec.get("text_key") == xkey:
                return other
            if tkey and len(tkey) >= 20 and rec.get("title_key") == tkey:
                return other
        return None

    def files(self) -> set[str]:
        return {rec["file"] for rec in self.articles.values()}
