"""`build.py check`: the story threads that changed since the last build.

The build keeps each thread's title and articles in its cache state (`finish.thread_summary`); check
finds the threads of the content as it is now and says what differs, so a writer sees what a
`thread:` pin, a retitled article or a new digest will do before building.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

from ..build.finish import thread_summary
from ..build.cache import BuildCache
from ..index.threads import find_threads
from ..model import Article

Summary = Mapping[str, tuple[str, tuple[str, ...]]]   # slug -> (title, article files)


def thread_changes(articles: Sequence[Article], content_dir: Path, out_dir: Path) -> list[str]:
    """One line per change since the build of `out_dir`, from the content's published articles
    (check.check_content's, made as the build makes them)."""
    now = thread_summary(find_threads(articles), content_dir)
    before = BuildCache.open(out_dir, enabled=True).prints().threads
    if before is None or before.content != now.content:
        found = len(now.threads)
        return [f"{found} story thread(s); no earlier build of this content in {out_dir} to compare with"] if found else []
    return describe(before.threads, now.threads)


def describe(before: Summary, now: Summary) -> list[str]:
    lines = []
    for slug in sorted(before.keys() | now.keys()):
        if slug not in now:
            lines.append(f"thread {slug}: gone (was '{before[slug][0]}', {len(before[slug][1])} articles)")
        elif slug not in before:
            lines.append(f"thread {slug}: new, '{now[slug][0]}', {len(now[slug][1])} articles")
        elif before[slug] != now[slug]:
            (old_title, old), (title, new) = before[slug], now[slug]
            parts = [f"+ {p}" for p in new if p not in old] + [f"- {p}" for p in old if p not in new]
            if title != old_title:
                parts.append(f"retitled '{title}'")
            lines.append(f"thread {slug}: " + ("; ".join(parts) or "reordered"))
    return lines
