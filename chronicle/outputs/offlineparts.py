"""What "Keep offline" saves, in parts a reader can choose (issue 13).

- `offline/summary.json`, a few dozen bytes: the whole archive's size and file count and a
  version. Every page's button reads it (the service worker keeps it), where it used to fetch
  the whole file list (880 KB at 10,000 articles) on every page view.
- `offline/parts/<part>.json`, fetched only when a reader asks to keep that part: the files
  of a year (`year-2025`: its months, its articles and the
  topics' pages of that year) or of a topic (`topic-nato`: its page, its years and its
  articles), each with the shell (home, search with the offline index, indexes, styles).
  The whole archive's list is `offline/manifest.json` (serviceworker.py).
Lists carry paths only, so an edit that changes only sizes (the quick path) leaves them true;
the summary's total and version are refreshed with the service worker.
"""
from __future__ import annotations

import hashlib
import json
from typing import Iterable, Mapping

from .. import urls
from ..model import OutputFile, SiteIndex

SUMMARY = "offline/summary.json"
_SHELL = (urls.HOME, urls.SEARCH, urls.NOT_FOUND, urls.TOPICS_INDEX, urls.TIMELINE_INDEX)


def summary(records: Mapping[str, tuple[int, bytes]], paths: list[str]) -> OutputFile:
    """`paths`: what keeping the whole archive saves (serviceworker.in_manifest)."""
    digest = hashlib.sha256(b"".join(p.encode() + b"\0" + records[p][1] for p in paths)).hexdigest()[:16]
    data = {"bytes": sum(records[p][0] for p in paths), "files": len(paths), "version": digest}
    return OutputFile(SUMMARY, (json.dumps(data, separators=(",", ":")) + "\n").encode())


def part_files(index: SiteIndex, kept: list[str]) -> list[OutputFile]:
    """One list per year and per topic; `kept` is every path the whole archive saves."""
    shell = [p for p in kept if p in _SHELL or p.startswith((urls.STATIC_DIR + "/", "offline/"))]
    shell += [doc.page_path for doc in index.pages]
    parts: dict[str, list[str]] = {}
    for year in index.years:
        listings = [p for p in kept if _year_of(p) == year.year]
        articles = [a.page_path for m in year.months for a in m.articles]
        parts[f"year-{year.year}"] = shell + listings + articles
    for topic in index.topics.values():
        own = f"topics/{topic.slug}/"
        pages = [p for p in kept if p == topic.page_path or p.startswith(own)]
        parts[f"topic-{topic.slug}"] = shell + pages + [a.page_path for a in topic.articles]
    return [_part(name, paths) for name, paths in parts.items()]


def _year_of(path: str) -> int | None:
    """2025 for the archive's months of 2025 (`timeline/2025-03.html`) and the topics' pages of
    2025 (`topics/<slug>/2025.html`), `-p2` pages included."""
    if not path.startswith(("timeline/", "topics/")) or not path.endswith(".html"):
        return None
    name = path.rsplit("/", 1)[-1]
    if path.startswith("topics/") and path.count("/") != 2:
        return None
    key = name[:4]
    return int(key) if key.isdigit() and name[4:5] in ("-", ".") else None


def _part(name: str, paths: Iterable[str]) -> OutputFile:
    text = json.dumps({"files": sorted(set(paths))}, ensure_ascii=False, separators=(",", ":")) + "\n"
    return OutputFile(urls.offline_part_path(name), text.encode("utf-8"))
