"""A deterministic corpus of news-summary articles for the benchmark.

    .venv/bin/python bench/corpus.py --articles 10000 --out bench/corpus/10000

writes OUT/content/articles/*.md and OUT/config.yaml (the 200 topics and a site: section).
Everything comes from one seeded RNG: the same --articles and --seed give the same bytes
(no wall clock, no hash randomisation, no set iteration order).  100,000 articles take
well under a minute.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
from pathlib import Path

START = dt.date(2022, 1, 1)
END = dt.date(2026, 10, 31)
N_TOPICS = 200
N_SOURCES = 20

WORDS = """
government minister ministers talks agreement border security defence defense military troops army
navy air force alliance summit leaders president prime parliament vote election campaign policy
sanctions energy gas oil pipeline grain exports imports trade economy inflation budget spending
aid package weapons artillery drones missiles air defence systems tanks ammunition supply supplies
front line offensive counteroffensive ceasefire negotiations diplomats diplomacy envoy embassy
officials spokesman statement report reports analysts experts warned said says told reporters
week month year day morning evening night region regions city cities town villages province
capital north south east west eastern western northern southern coast sea river bridge port
railway infrastructure power grid plant nuclear reactor inspectors agency council commission
court ruling judges law legislation bill reform corruption investigation prosecutors police
protest protesters crowd strike workers union companies firms market markets investors bank
central rates currency debt loan fund funds billion million euros dollars percent share growth
refugees migrants humanitarian civilians shelter hospital schools children families residents
evacuation damage attack attacks shelling strikes casualties losses soldiers volunteers units
brigade command general commander chief staff intelligence service services cyber hackers data
satellite images footage video social media platform disinformation campaign influence networks
partners allies members membership accession candidate status framework plan plans strategy
review proposal proposals package measures steps decision decisions approval approved rejected
delayed postponed announced confirmed denied expected planned signed agreed discussed debated
new old large small major minor key critical important significant limited broad wide narrow
first second third last next previous recent latest early late long short high low strong weak
long-range short-range heavy light modern soviet-era western-made domestic foreign joint
regional national international european global strategic tactical political economic social
""".split()

LEADS = """
Officials Ministers Leaders Negotiators Analysts Diplomats Commanders Lawmakers Investigators Observers
""".split()

PLACES = """
Kyiv Warsaw Vilnius Riga Tallinn Helsinki Stockholm Oslo Berlin Paris London Brussels Rome Madrid
Prague Bratislava Budapest Bucharest Sofia Chisinau Tbilisi Ankara Athens Vienna Copenhagen
Kharkiv Odesa Dnipro Zaporizhzhia Kherson Lviv Mykolaiv Sumy Chernihiv Poltava Donetsk Luhansk
Crimea Kaliningrad Belarus Moldova Georgia Finland Sweden Norway Estonia Latvia Lithuania Poland
""".split()

VERBS = """
weigh debate approve reject delay back expand extend suspend review discuss seek promise pledge
warn urge push plan sign resume halt boost cut tighten ease launch open close
""".split()

NOUNS = """
sanctions package aid deal talks corridor pipeline grid budget reform tariffs quotas loans
exports defences shipments deliveries patrols drills exercises inspections elections treaty
""".split()

TOPIC_A = """
baltic black-sea arctic nordic balkan caucasus danube carpathian central-asian mediterranean
energy grain cyber naval air maritime border nuclear refugee financial
""".split()
TOPIC_B = """
security trade policy diplomacy defence sanctions corridor alliance elections infrastructure
""".split()

SOURCES = [
    "Reuters", "AP", "AFP", "BBC", "Politico Europe", "Financial Times", "The Guardian",
    "Deutsche Welle", "Euronews", "Kyiv Independent", "Ukrainska Pravda", "Meduza", "LRT",
    "ERR News", "Yle", "Notes from Poland", "Le Monde", "Der Spiegel", "Bloomberg", "Yahoo",
]


def topic_pool() -> list[tuple[str, str]]:
    """200 (slug, display name) pairs, in a fixed order (index 0 is the busiest topic)."""
    pool: list[tuple[str, str]] = []
    for b in TOPIC_B:
        for a in TOPIC_A:
            slug = f"{a}-{b}"
            name = " ".join(w.capitalize() for w in slug.split("-"))
            pool.append((slug, name))
    rng = random.Random(7)
    rng.shuffle(pool)
    assert len(pool) == N_TOPICS and len({s for s, _ in pool}) == N_TOPICS
    return pool


class Writer:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.topics = topic_pool()
        # Zipf-like popularity: weight of the k-th topic is 1/(k+1)
        self.topic_cum = []
        total = 0.0
        for k in range(N_TOPICS):
            total += 1.0 / (k + 1)
            self.topic_cum.append(total)
        self.titles: set[str] = set()
        self.days = (END - START).days + 1

    def sentence(self, lo: int = 8, hi: int = 20) -> str:
        rng = self.rng
        words = rng.choices(WORDS, k=rng.randint(lo, hi))
        r = rng.random()
        if r < 0.25:
            i = rng.randrange(len(words))
            words[i] = f"*{words[i]}*"
        elif r < 0.35:
            i = rng.randrange(len(words))
            words[i] = f"**{words[i]}**"
        elif r < 0.50:
            i = rng.randrange(len(words) - 1)
            words[i] = f"[{words[i]} {words[i + 1]}](https://example.org/{rng.choice(PLACES).lower()}/{rng.randrange(10**6)})"
            del words[i + 1]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), f"in {rng.choice(PLACES)}")
        text = " ".join(words)
        j = 0
        while not text[j].isalpha():
            j += 1
        return text[:j] + text[j].upper() + text[j + 1:] + "."

    def paragraph(self, words_left: int) -> str:
        out, n = [], 0
        while n < words_left:
            s = self.sentence()
            out.append(s)
            n += s.count(" ") + 1
        return " ".join(out)

    def title(self) -> str:
        rng = self.rng
        while True:
            t = f"{rng.choice(LEADS)} in {rng.choice(PLACES)} {rng.choice(VERBS)} {rng.choice(WORDS)} {rng.choice(NOUNS)}"
            if rng.random() < 0.5:
                t += f" as {rng.choice(PLACES)} {rng.choice(VERBS)}s {rng.choice(NOUNS)}"
            if t not in self.titles:
                self.titles.add(t)
                return t

    def tags(self) -> list[str]:
        rng = self.rng
        k = rng.randint(2, 6)
        picks = rng.choices(range(N_TOPICS), cum_weights=self.topic_cum, k=12)
        chosen: list[int] = []
        for p in picks:
            if p not in chosen:
                chosen.append(p)
            if len(chosen) == k:
                break
        while len(chosen) < 2:  # twelve draws always give two distinct in practice; stay safe
            p = rng.randrange(N_TOPICS)
            if p not in chosen:
                chosen.append(p)
        return [self.topics[p][0] for p in chosen]

    def article(self, i: int, earlier: list[str]) -> tuple[str, str]:
        rng = self.rng
        date = START + dt.timedelta(days=rng.randrange(self.days))
        title = self.title()
        slug = "-".join(title.lower().split())
        slug = "".join(c for c in slug if c.isalnum() or c == "-")
        name = f"{date.isoformat()}-{slug}.md"
        summary = self.sentence(14, 24).replace("*", "").replace("[", "").split("](")[0]
        summary = summary.rstrip(".") + "."
        n_par = rng.randint(3, 6)
        budget = 350
        paras: list[str] = []
        for p in range(n_par):
            share = budget // (n_par - p)
            kind = rng.random()
            if p and kind < 0.15:
                items = [self.sentence(5, 10) for _ in range(rng.randint(3, 5))]
                paras.append("\n".join(f"- {it}" for it in items))
                used = sum(it.count(" ") + 1 for it in items)
            elif p and kind < 0.27:
                q = self.paragraph(min(share, 40))
                paras.append("> " + q)
                used = q.count(" ") + 1
            else:
                text = self.paragraph(share)
                if earlier and rng.random() < 0.08:
                    text += f" See also [the earlier report]({rng.choice(earlier)})."
                paras.append(text)
                used = text.count(" ") + 1
            budget = max(budget - used, 30 * (n_par - p - 1))
        tags = self.tags()
        fm = (
            "---\n"
            f'title: "{title}"\n'
            f"date: {date.isoformat()}\n"
            f"source: {rng.choice(SOURCES)}\n"
            f"tags: [{', '.join(tags)}]\n"
            f'summary: "{summary}"\n'
            "---\n\n"
        )
        return name, fm + "\n\n".join(paras) + "\n"


def config_text(topics: list[tuple[str, str]], search_partition: int | None = None) -> str:
    lines = [
        "# Generated by bench/corpus.py",
        "site:",
        "  title: Chronicle benchmark",
        "  description: A generated archive for timing builds.",
        "  url: https://example.org",
        "  base_path: /",
        "  language: en",
        "  author: Benchmark",
        "",
        *(["build:", f"  search_partition: {search_partition}", ""] if search_partition else []),
        "topics:",
    ]
    for slug, name in sorted(topics):
        lines.append(f'  {slug}: {{name: "{name}", description: "News about {name.lower()}."}}')
    return "\n".join(lines) + "\n"


def generate(out: Path, n: int, seed: int = 2026, search_partition: int | None = None) -> Path:
    """Write the corpus into `out` (replacing its content/); return the articles folder."""
    articles = out / "content" / "articles"
    if (out / "content").exists():
        shutil.rmtree(out / "content")
    articles.mkdir(parents=True)
    w = Writer(seed * 1_000_003 + n)
    earlier: list[str] = []
    for i in range(n):
        name, text = w.article(i, earlier)
        (articles / name).write_text(text, encoding="utf-8")
        if len(earlier) < 500:
            earlier.append(name)
    (out / "config.yaml").write_text(config_text(w.topics, search_partition), encoding="utf-8")
    (out / ".corpus-stamp").write_text(f"articles={n} seed={seed} version={VERSION}\n", encoding="utf-8")
    return articles


VERSION = 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", "-n", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--search-partition", type=int, metavar="N",
                    help="build.search_partition in config.yaml: articles per Pagefind partition at most")
    args = ap.parse_args(argv)
    if args.articles < 1:
        ap.error("--articles must be at least 1")
    generate(args.out, args.articles, args.seed, args.search_partition)
    print(f"wrote {args.articles} articles to {args.out / 'content' / 'articles'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
