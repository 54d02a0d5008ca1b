"""What the story pages of issue 15 cost, timed alone on a benchmark corpus's tags and dates:
related topics over all articles (index stage), every topic's month chart, and the home page's
trend lines and heat map (render stage). Medians of --runs.

    .venv/bin/python bench/corpus.py -n 10000 --out /tmp/c
    flock /tmp/bench.lock .venv/bin/python bench/design.py /tmp/c
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chronicle.index.overview import month_counts, related_topics  # noqa: E402
from chronicle.model import Article  # noqa: E402
from chronicle.render import charts  # noqa: E402


def load(corpus: Path) -> list[Article]:
    """The corpus's articles with their tags and dates only (bench/corpus.py writes them plainly)."""
    articles = []
    for p in sorted((corpus / "content" / "articles").glob("*.md")):
        head = p.read_text(encoding="utf-8").split("---")[1]
        tags = tuple(t.strip().lower().replace(" ", "-") for t in re.search(r"tags: \[(.*)\]", head).group(1).split(","))
        date = dt.date.fromisoformat(re.search(r"date: (\S+)", head).group(1))
        articles.append(Article(path=str(p), kind="article", slug=p.stem, title=p.stem, date=date, date_basis="", source="",
                                url="", tags=tags, tag_names=tags, summary="", imported_from="", id="", draft=False,
                                extra={}, page_path=f"articles/{p.stem}.html", body_html="", body_text=""))
    return articles


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    articles = load(args.corpus)
    by_topic: dict[str, list[Article]] = {}
    for a in articles:
        for t in a.tags:
            by_topic.setdefault(t, []).append(a)
    link = lambda y, m: f"{y}-{m:02d}.html"  # noqa: E731
    print(f"{len(articles)} articles, {len(by_topic)} topics; medians of {args.runs} runs")
    print(f"related topics (index stage): {median_ms(lambda: related_topics(articles), args.runs):.1f} ms")
    charts_ms = median_ms(lambda: [charts.year_chart(month_counts(v), "t", link) for v in by_topic.values()], args.runs)
    print(f"month chart of every topic: {charts_ms:.1f} ms")
    home = lambda: ([charts.trend([1] * 12, (2025, 6), "t") for _ in range(16)], charts.calendar(month_counts(articles), link))  # noqa: E731
    print(f"home trend lines and heat map: {median_ms(home, args.runs):.1f} ms")


if __name__ == "__main__":
    main()
