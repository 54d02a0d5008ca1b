"""Do the two search engines agree? Shared by tests/test_search_agreement.py (fixture site and a
small corpus) and bench/search_agreement.py (the 1,000-article corpus).

- `accented_corpus(out, n)`: bench/corpus.py's articles plus accented place and people names,
  written both ways ("Chișinău" in some articles, "Chisinau" in others);
- `QUERIES`: single words, names, plurals and other stemmed forms, accented and unaccented
  spellings, two-word queries;
- `pagefind_ids` / `offline_ids`: the set of article paths each engine returns for a query,
  asked through the site's own engine scripts in Chromium: Pagefind over HTTP, the offline
  engine from file://.
"""
from __future__ import annotations

import functools
import gzip
import http.server
import importlib.util
import json
import re
import threading
from contextlib import contextmanager
from pathlib import Path

from chronicle.outputs.offline import doc_page_path

ROOT = Path(__file__).resolve().parents[2]

QUERIES = [
    # single words, and other forms of the same stems
    "security", "sanctions", "sanction", "pipeline", "pipelines", "drones", "drone", "ceasefire",
    "refugees", "refugee", "inflation", "diplomats", "diplomacy", "strikes", "striking", "nuclear",
    "election", "elections", "vote", "voted", "talks", "talking", "offensive", "railway",
    "corruption", "investigators", "investigation", "embassy", "embassies", "ammunition",
    "soldiers", "humanitarian", "civilians", "hackers", "international", "evening", "organized",
    # names
    "Kyiv", "Odesa", "Warsaw", "Reuters", "Zaporizhzhia", "Kyiv Independent", "Financial Times",
    "Zelensky", "Zelenskyy", "peacekeepers", "NATO", "Pyongyang", "North Korea", "Korean",
    # accented and unaccented spellings
    "Chișinău", "Chisinau", "chisinau", "Kraków", "Krakow", "Gdańsk", "Gdansk", "São Paulo",
    "Sao Paulo", "Müller", "Muller", "Zürich", "Zurich", "Łódź", "Lodz", "Dvořák", "Dvorak",
    "Montréal", "Montreal", "Bogotá", "Bogota", "communiqué", "communique", "Défense",
    # two words
    "air defence", "grain exports", "nuclear plant", "energy security", "border talks",
    "black sea", "power grid", "central bank", "prime minister", "peace talks", "troops russia",
    # prefixes, as typed
    "sanc", "gov", "pipel",
    # no word at all: a reader's stray key is no search for everything
    "(", "*", "— ?",
]

# (query, filters): the filters of the search page, alone and with words
FILTERED = [
    ("", {"source": "Le Monde"}), ("security", {"source": "Reuters"}), ("grain", {"year": "2024"}),
    ("", {"topic": "Energy Security"}), ("talks", {"topic": "Energy Security", "year": "2026"}),
    ("Kraków", {"source": "Le Monde"}), ("", {"topic": "Ukraine"}), ("korea", {"topic": "NATO"}),
]

ACCENTED = [
    ("Chișinău weighs grid reform", "Officials in Chișinău said the grid reform would follow the talks in Kraków."),
    ("Kraków hosts energy envoys", "Envoys met in Kraków and Gdańsk; Müller said the plan was agreed."),
    ("Gdańsk port expands", "The port of Gdańsk expanded its grain terminal, officials in Łódź said."),
    ("São Paulo investors eye Kyiv", "Investors from São Paulo and Bogotá looked at reconstruction funds."),
    ("Zürich court rules on assets", "A court in Zürich ruled on frozen assets; Dvořák, a lawyer, appealed."),
    ("Montréal summit communiqué", "The communiqué from Montréal named Müller and Dvořák as envoys."),
    ("Reykjavík talks on the Arctic", "Talks in Reykjavík covered the Arctic; the Défense ministry attended."),
    ("Łódź plant resumes work", "A plant in Łódź resumed work after strikes; unions in Kraków backed it."),
]


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def accented_corpus(out: Path, n: int) -> Path:
    """bench/corpus.py's `n` articles, a third of those naming Chisinau spelt Chișinău, plus
    ACCENTED: both spellings of each name are in the archive. -> the content folder."""
    articles = _corpus_module().generate(out, n)
    for i, path in enumerate(sorted(articles.glob("*.md"))):
        text = path.read_text(encoding="utf-8")
        if i % 3 == 0 and "Chisinau" in text:
            path.write_text(text.replace("Chisinau", "Chișinău"), encoding="utf-8")
    for i, (title, body) in enumerate(ACCENTED):
        (articles / f"2026-11-{i + 1:02d}-accented-{i}.md").write_text(
            f'---\ntitle: "{title}"\ndate: 2026-11-{i + 1:02d}\nsource: Le Monde\ntags: [energy-security]\n---\n{body}\n',
            encoding="utf-8")
    return out / "content"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(site: Path):
    """The site at http://127.0.0.1:PORT/<site folder name>/ (a Pages-like subpath)."""
    handler = functools.partial(_Quiet, directory=str(site.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{site.name}/"
    finally:
        server.shutdown()
        server.server_close()


def _unpack(data: bytes) -> bytes:
    return gzip.decompress(data)[len(b"pagefind_dcd"):]


def pagefind_paths(site: Path) -> dict[str, str]:
    """Pagefind's page hash -> article path, in every partition of the index."""
    out = {}
    for fragment in (site / "pagefind").glob("**/fragment/*.pf_fragment"):
        out[fragment.stem] = json.loads(_unpack(fragment.read_bytes()))["url"].lstrip("/")
    return out


def offline_paths(site: Path) -> list[str]:
    """The offline engine's result id (an article's place in the build's order) -> path."""
    folder = site / "offline" / "search"
    manifest = _payload(folder / "index.js")
    return [doc_page_path(d) for name in manifest["docChunks"] for d in _payload(folder / name)]


def _payload(path: Path):
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r"ChronicleSearch\.\w+\((.*)\);\s*$", text, re.S).group(1))


def pagefind_ids(page, query: str, filters: dict | None = None) -> list[str]:
    """Page hashes Pagefind finds for `query` (the page is the site's search page over HTTP)."""
    return page.evaluate("([q, f]) => ChroniclePagefindSearch('').search(q, f, false).then(r => r.ids.map(x => x.id))",
                         [query, filters or {}])


def offline_ids(page, query: str, filters: dict | None = None) -> list[int]:
    """Article numbers the offline engine finds (the page is the search page from file://)."""
    return page.evaluate("([q, f]) => ChronicleOfflineSearch('').search(q, f, false).then(r => r.ids)", [query, filters or {}])


def compare(site: Path, base_url: str, browser, queries=QUERIES, page=None) -> list[tuple[str, set, set]]:
    """[(query, Pagefind's paths, the offline engine's paths)] for every query; a query is a
    string or a (string, filters) pair. Every query is asked of Pagefind on the search page over
    HTTP, then of the offline engine on the page from disk, in one tab (`page`, or a new one):
    opening a tab costs Chromium more than all the queries of an engine."""
    by_hash, by_number = pagefind_paths(site), offline_paths(site)
    tab = page or browser.new_page()
    try:
        tab.goto(base_url + "search.html")
        online = [{by_hash[h] for h in pagefind_ids(tab, *_split(q))} for q in queries]
        tab.goto((site / "search.html").as_uri())
        offline = [{by_number[n] for n in offline_ids(tab, *_split(q))} for q in queries]
        return list(zip(queries, online, offline))
    finally:
        if page is None:
            tab.close()


def _split(query) -> tuple[str, dict]:
    return (query, {}) if isinstance(query, str) else query


def summary(rows: list[tuple[str, set, set]]) -> tuple[float, float, list[str]]:
    """(share of queries with identical sets, the lowest overlap, lines for the differing ones).
    Overlap is |both| / |either|; two empty sets overlap fully."""
    same, lowest, lines = 0, 1.0, []
    for q, a, b in rows:
        overlap = len(a & b) / len(a | b) if a | b else 1.0
        lowest = min(lowest, overlap)
        if a == b:
            same += 1
        else:
            lines.append(f"{q!r}: Pagefind {len(a)}, offline {len(b)}, overlap {overlap:.2f}; "
                         f"only Pagefind {sorted(a - b)[:2]}, only offline {sorted(b - a)[:2]}")
    return same / len(rows), lowest, lines
