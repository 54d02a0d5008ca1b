"""Where a built site's bytes go (issue 13): bytes and files by part, and what an article page's
bytes are for.

    .venv/bin/python bench/weight.py SITE                  # the parts, largest first
    .venv/bin/python bench/weight.py SITE --articles 10000 # + bytes per article
    .venv/bin/python bench/weight.py SITE --anatomy        # + an article page, a topic's year and a story's page, by element

bench/run.py reports the same parts for every size (`parts()`). Sizes are on-disk file sizes
(what GitHub Pages counts), not compressed transfer sizes.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

# (part, pattern over the path relative to the site), first match wins
PARTS: list[tuple[str, re.Pattern]] = [(name, re.compile(pattern)) for name, pattern in (
    ("article pages", r"articles/[^/]+\.html$"),
    ("topic pages", r"topics/[^/]+\.html$"),
    ("topic listings (topics/<slug>/…)", r"topics/[^/]+/[^/]+\.html$"),
    ("topic feeds", r"topics/[^/]+\.xml$"),
    ("thread pages", r"threads/[^/]+\.html$"),
    ("thread feeds", r"threads/[^/]+\.xml$"),
    ("month pages (timeline)", r"timeline/"),
    ("site feed", r"feed\.xml$"),
    ("sitemap", r"sitemap(-\d+)?\.xml$"),
    ("Pagefind", r"pagefind/"),
    ("offline index: term chunks", r"offline/search/t[^/]*\.js$"),
    ("offline index: document chunks", r"offline/search/d[^/]*\.js$"),
    ("offline index: manifest and stemmer", r"offline/search/"),
    ("offline parts (lists of files)", r"offline/parts/"),
    ("offline manifest, summary, service worker", r"(offline/[^/]+|sw\.js)$"),
    ("download zip", r"download/"),
    ("static files", r"static/"),
    ("other pages", r"[^/]+\.html$"),
)]


def part_of(rel: str) -> str:
    for name, pattern in PARTS:
        if pattern.match(rel):
            return name
    return "other"


def parts(site: Path) -> tuple[dict[str, list[int]], tuple[str, int], int, int]:
    """({part: [bytes, files]}, (largest HTML page, its bytes), total bytes, total files)."""
    by_part: dict[str, list[int]] = {}
    largest, total, files = ("", 0), 0, 0
    for dirpath, _, names in os.walk(site):
        for name in names:
            path = os.path.join(dirpath, name)
            size = os.stat(path).st_size
            rel = os.path.relpath(path, site).replace(os.sep, "/")
            entry = by_part.setdefault(part_of(rel), [0, 0])
            entry[0] += size
            entry[1] += 1
            total += size
            files += 1
            if rel.endswith(".html") and size > largest[1]:
                largest = (rel, size)
    return by_part, largest, total, files


# ---------------------------------------------------------------- one page by element

_REGIONS = [(name, re.compile(pattern, re.S)) for name, pattern in (
    ("head", r"<head>.*?</head>"),
    ("site header", r'<header class="site-header">.*?</header>'),
    ("article body", r'<div class="body">.*?</div>\s*(?=(<p class="original">|</article>))'),
    ("article header (title, date, tags, thread)", r"<article[^>]*>\s*<header.*?</header>"),
    ("previous/next", r'<nav class="prev-next".*?</nav>'),
    ("follow the story", r'<nav class="thread-nav".*?</nav>'),
    ("related articles", r'<section class="related">.*?</section>'),
    ("article list", r'<ol class="article-list[^"]*"[^>]*>.*?</ol>'),
    ("timeline strip (thread page)", r'<figure class="chart-box thread-strip">.*?</figure>'),
    ("footer", r'<footer class="site-footer">.*?</footer>'),
    ("scripts after the footer", r"</footer>.*?</body>"),
)]


def anatomy(paths: list[Path]) -> dict[str, float]:
    """Mean bytes per page of each region of `paths` (regions do not overlap; the whole page is
    more than their sum by what lies between them)."""
    sums: dict[str, int] = {}
    for path in paths:
        text = path.read_bytes().decode("utf-8")
        for name, pattern in _REGIONS:
            size = sum(len(m.group(0).encode()) for m in pattern.finditer(text))
            sums[name] = sums.get(name, 0) + size
        sums["whole page"] = sums.get("whole page", 0) + len(text.encode())
    n = max(len(paths), 1)
    return {name: size / n for name, size in sums.items()}


def sample(site: Path, pattern: str, count: int) -> list[Path]:
    found = sorted(p for p in site.glob(pattern) if not p.name.startswith("index"))
    step = max(len(found) // count, 1)
    return found[::step][:count]


def fmt(n: float) -> str:
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n:.0f} B"


def report(site: Path, articles: int | None, with_anatomy: bool) -> str:
    by_part, largest, total, files = parts(site)
    n = articles or 0
    lines = [f"{site}: {fmt(total)} in {files:,} files" + (f", {total / n:,.0f} bytes per article" if n else "")
             + f"; largest page {largest[0]} ({largest[1]:,} bytes)", "",
             "| part | bytes | files | bytes per article |" if n else "| part | bytes | files |",
             "|---|---|---|---|" if n else "|---|---|---|"]
    for name, (size, count) in sorted(by_part.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"| {name} | {fmt(size)} | {count:,} |" + (f" {size / n:,.0f} |" if n else ""))
    if with_anatomy:
        for label, pattern in (("article page", "articles/*.html"), ("topic year page", "topics/*/*.html"),
                               ("story thread page", "threads/*.html")):
            means = anatomy(sample(site, pattern, 200))
            lines += ["", f"A mean {label} (200 sampled), bytes by element:", ""]
            lines += [f"- {name}: {size:,.0f}" for name, size in means.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--articles", type=int, help="articles in the corpus, for bytes per article")
    ap.add_argument("--anatomy", action="store_true", help="also a mean article page, topic year page and story page by element")
    args = ap.parse_args(argv)
    print(report(args.site, args.articles, args.anatomy))
    return 0


if __name__ == "__main__":
    sys.exit(main())
