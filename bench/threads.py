"""The thread stage alone (chronicle/index/threads.py) on a synthetic archive, in memory.

    .venv/bin/python bench/threads.py --articles 10000
    .venv/bin/python bench/threads.py --articles 100000
    .venv/bin/python bench/threads.py --articles 10000 --dump threads.json   # to compare two versions

Articles have topics, dates and outlets as bench/corpus.py makes them (Zipf-weighted topics,
dates over five years), and a title of 8 words and a lead of 24 drawn from a vocabulary of 50,000
invented words with Zipf frequencies, as words are in real text (bench/corpus.py's own text
draws from 400 words, so every two of its articles share words by chance as no two real
reports do). A share of them (--story-share) are reports of synthetic stories: each story has three invented words of its own, put into the title and the lead of 2 to
12 reports dated within 60 days. Prints the stage's time, the process's peak RSS before and after
the stage, and how well the stories were found (reports of a story in its largest thread, threads
mixing two stories). One process per run, so the peak is this stage's.

    .venv/bin/python bench/threads.py --corpus bench/corpus/10000    # bench/corpus.py's own articles

times the stage on the articles of a bench/corpus.py folder instead, read as a build reads them
(their peak RSS includes the loading). Those titles come from one template and 400 words, so
every two articles share words by chance: the corpus has no stories, and the threads it yields
are noise, but it is the corpus of bench/run.py's builds, whose `--timings` show the same stage.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import resource
import sys
import time
from pathlib import Path
from types import MappingProxyType

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpus  # noqa: E402
from chronicle.index.threads import find_threads  # noqa: E402
from chronicle.model import Article  # noqa: E402

SYLLABLES = "ka lo mi ra tu ve zo ni pe su da gor bin tal vex rum".split()


def article(n: int, title: str, summary: str, tags: list[str], date: dt.date, source: str) -> Article:
    return Article(path=f"a{n}.md", kind="article", slug=f"a{n:06d}", title=title, date=date, date_basis="stated",
                   source=source, url="", tags=tuple(tags), tag_names=tuple(tags), summary=summary, body_html="",
                   body_text="", imported_from=f"digest{n // 40}.txt", id="", draft=False,
                   extra=MappingProxyType({}), page_path=f"articles/a{n:06d}.html")


class Words:
    """Invented words with Zipf frequencies (the k-th word's weight is 1/(k+1))."""

    def __init__(self, rng: random.Random, size: int = 50_000):
        seen: set[str] = set()
        self.words: list[str] = []
        while len(self.words) < size:
            w = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                self.words.append(w)
        total, self.cum = 0.0, []
        for k in range(size):
            total += 1.0 / (k + 1)
            self.cum.append(total)
        self.rng = rng

    def text(self, k: int) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum, k=k))


def make(count: int, share: float, seed: int) -> tuple[list[Article], dict[str, int]]:
    """The articles and, for each story report, its story number."""
    writer = corpus.Writer(seed)
    rng = random.Random(seed + 1)
    vocabulary = Words(random.Random(seed + 2))
    days = (corpus.END - corpus.START).days
    articles: list[Article] = []
    story_of: dict[str, int] = {}
    story = 0
    while len(articles) < count:
        n = len(articles)
        if rng.random() < share:
            words = ["".join(rng.choices(SYLLABLES, k=5)) for _ in range(3)]
            start = corpus.START + dt.timedelta(days=rng.randrange(days))
            for _ in range(min(rng.randint(2, 12), count - len(articles))):
                n = len(articles)
                title = f"{vocabulary.text(6)} {words[0]} {words[1]}"
                summary = f"{vocabulary.text(12)} {' '.join(words)} {vocabulary.text(9)}"
                date = start + dt.timedelta(days=rng.randrange(60))
                articles.append(article(n, title, summary, writer.tags(), date, rng.choice(corpus.SOURCES)))
                story_of[articles[-1].slug] = story
            story += 1
        else:
            date = corpus.START + dt.timedelta(days=rng.randrange(days))
            articles.append(article(n, vocabulary.text(8), vocabulary.text(24), writer.tags(), date,
                                    rng.choice(corpus.SOURCES)))
    return articles, story_of


def loaded(folder: Path) -> list[Article]:
    """The articles of a folder made by bench/corpus.py, read as a build reads them."""
    from chronicle.build.assemble import load_articles
    from chronicle.build.options import BuildOptions
    from chronicle.build.siteconfig import read_config
    options = BuildOptions(content_dir=folder / "content", config_path=folder / "config.yaml",
                           out_dir=folder / "no-site", search=False, cache=False)
    return list(load_articles(options, read_config(options)).articles)


def quality(threads, story_of: dict[str, int]) -> str:
    """How well the synthetic stories were found."""
    reports: dict[int, int] = {}
    for s in story_of.values():
        reports[s] = reports.get(s, 0) + 1
    best: dict[int, int] = {}
    mixed = 0
    for t in threads.by_slug.values():
        stories = [story_of.get(a.slug) for a in t.articles]
        counted = {s: stories.count(s) for s in set(stories) if s is not None}
        mixed += len(counted) > 1
        for s, k in counted.items():
            best[s] = max(best.get(s, 0), k)
    found = sum(best.values()) / max(1, sum(reports.values()))
    strays = sum(1 for t in threads.by_slug.values() for a in t.articles if a.slug not in story_of)
    return (f"stories {len(reports):,} ({sum(reports.values()):,} reports); story reports in their story's largest "
            f"thread {found:.1%}; threads mixing two stories {mixed}; articles of no story in a thread {strays}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--story-share", type=float, default=0.02, help="chance an item starts a story")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="instead of the synthetic archive, the articles of a folder made "
                        "by bench/corpus.py (e.g. bench/corpus/10000), read as the build reads them")
    parser.add_argument("--runs", type=int, default=1, help="run the stage this many times (one line each)")
    parser.add_argument("--dump", type=Path, help="write each thread's title, centre and articles as JSON "
                        "(to compare two versions of the stage: the same file means the same threads)")
    args = parser.parse_args()
    if args.corpus:
        articles, story_of = loaded(args.corpus), {}
    else:
        articles, story_of = make(args.articles, args.story_share, args.seed)
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    times = []
    for _ in range(args.runs):
        started, cpu = time.perf_counter(), time.process_time()
        threads = find_threads(tuple(articles))
        times.append((time.perf_counter() - started, time.process_time() - cpu))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if args.dump:
        args.dump.write_text(json.dumps({slug: [t.title, t.centre.slug, [a.slug for a in t.articles], list(t.estimated)]
                                         for slug, t in threads.by_slug.items()}, indent=0) + "\n")
    print(f"articles {len(articles):,}" + (f" from {args.corpus}" if args.corpus else " (synthetic)"))
    for seconds, cpu in times:
        print(f"thread stage: {seconds:.2f} s wall, {cpu:.2f} s CPU")
    print(f"peak RSS {before / 2**20:.0f} MiB before the stage, {after / 2**20:.0f} MiB after "
          f"(+{(after - before) / 2**20:.0f} MiB)")
    held = sum(len(t.articles) for t in threads.by_slug.values())
    print(f"threads {len(threads.by_slug):,} holding {held:,} articles"
          + ("" if args.corpus else "; " + quality(threads, story_of)))


if __name__ == "__main__":
    main()
