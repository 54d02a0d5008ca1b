"""What "Keep offline" saves, in parts a reader can choose (issue 13).

- `offline/summary.json`, a few dozen bytes: the whole archive's size and file count and a
  version. Every page's button reads it (the service worker keeps it), where it used to fetch
  the whole file list (880 KB at 10,000 articles) on every page view.
- `offline/parts/<part>.json`, fetched only when a reader asks to keep that part: the files
  of a year (`year-2025`: its months, its articles and the topics' pages of that year) or of
  a topic (`topic-nato`: its page, its years and its articles). Keeping a part also keeps
  the shell (home, search with the offline index, indexes, styles), listed once in
  `offline/parts/shell.json` rather than in each of 200-odd parts. A part's articles are not
  listed: they are the articles its own pages link to (a year's months list all its articles, a
  topic's years and undated page all the topic's), which offline.js reads as it keeps those
  pages; `articlePath` (the prefix and suffix of an article's path) says which links are
  articles. Listed, they were most of a part's list, each article in its year and in every one
  of its topics: 300 bytes an article (issue 13).
  The whole archive's list is `offline/manifest.json` (serviceworker.py).
Lists carry paths only, so an edit that changes only sizes leaves them true; the summary's total
and version are refreshed with the service worker, and the shell's list when the quick path
renames the offline search index's chunks (refreshed_shell).
"""
from __future__ import annotations

import html
import json
import posixpath
import re
from typing import Callable, Iterable, Mapping

from .. import urls
from ..model import OutputFile, SiteIndex
from .recordsums import SUMMARY, kept_figures, sums_of

SHELL = "shell"
_SHELL = (urls.HOME, urls.SEARCH, urls.NOT_FOUND, urls.TOPICS_INDEX, urls.TIMELINE_INDEX)


def summary(records: Mapping[str, tuple[int, bytes]], last: Mapping[str, tuple[int, bytes]] | None = None) -> OutputFile:
    """The size, count and version of what keeping the whole archive saves (recordsums.in_manifest);
    `last`: the last build's records (recordsums.sums_of)."""
    total, files, version = kept_figures(sums_of(records, last))
    data = {"bytes": total, "files": files, "version": version}
    return OutputFile(SUMMARY, (json.dumps(data, separators=(",", ":")) + "\n").encode())


def part_files(index: SiteIndex, kept: list[str]) -> list[OutputFile]:
    """The shell's list and one list per year and per topic; `kept` is every path the whole
    archive saves."""
    shell = [p for p in kept if in_shell(p)]
    shell += [doc.page_path for doc in index.pages]
    # each path's year and topic found once (a pass over every path for each of 200 topics
    # cost a title edit 0.2 s at 10,000 articles)
    by_year: dict[int | None, list[str]] = {}
    by_topic: dict[str | None, list[str]] = {}
    topic_pages = {topic.page_path: topic.slug for topic in index.topics.values()}
    for p in kept:
        by_year.setdefault(_year_of(p), []).append(p)
        by_topic.setdefault(_topic_of(p, topic_pages), []).append(p)
    parts = {f"year-{year.year}": by_year.get(year.year, []) for year in index.years}
    parts |= {f"topic-{topic.slug}": by_topic.get(topic.slug, []) for topic in index.topics.values()}
    return [_part(SHELL, shell)] + [_part(name, files) for name, files in parts.items()]


def in_shell(path: str) -> bool:
    """A file keeping any part saves (given that keeping the whole archive saves it)."""
    return path in _SHELL or path.startswith((urls.STATIC_DIR + "/", "offline/"))


def refreshed_shell(shell: bytes, added: Iterable[str], removed: Iterable[str]) -> OutputFile:
    """The shell's list with files added and removed (the quick path: the offline search index's
    chunks have new names); the files `added` must be saved by keeping the whole archive."""
    files = set(json.loads(shell)["files"]) - set(removed) | {p for p in added if in_shell(p)}
    return _part(SHELL, files)


def part_paths(part: dict, shell: dict, read: Callable[[str], bytes]) -> list[str]:
    """Every path keeping a part saves, from its list, the shell's and the articles its own pages
    link to (`read`: a path's bytes), as offline.js finds them: the shell, the part's files, then
    its articles, sorted."""
    found = set()
    for path in part["files"]:
        if path.endswith(".html"):
            found.update(linked_articles(read(path), path, part["articlePath"]))
    return shell["files"] + part["files"] + sorted(found)


_MAIN = re.compile(rb"<main\b.*?</main>", re.S)
_HREF = re.compile(rb'<a\b[^>]*?\shref="([^"]*)"')


def linked_articles(page: bytes, path: str, affixes: tuple[str, str] | list[str]) -> set[str]:
    """The articles the main element of the page at `path` links to (offline.js articleLinks)."""
    prefix, suffix = affixes
    main = _MAIN.search(page)
    found = set()
    for href in _HREF.findall(main.group(0) if main else b""):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(path), html.unescape(href.decode()).split("#")[0]))
        if target.startswith(prefix) and target.endswith(suffix) and "/" not in target[len(prefix):]:
            found.add(target)
    return found


def _topic_of(path: str, topic_pages: Mapping[str, str]) -> str | None:
    """The slug of the topic whose part holds `path`: its page, or a file under `topics/<slug>/`."""
    if path in topic_pages:
        return topic_pages[path]
    if path.startswith("topics/") and path.count("/") >= 2:
        return path.split("/", 2)[1]
    return None


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


def _part(name: str, files: Iterable[str]) -> OutputFile:
    data = {"files": sorted(set(files)), "articlePath": urls.ARTICLE_AFFIXES}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return OutputFile(urls.offline_part_path(name), text.encode("utf-8"))
