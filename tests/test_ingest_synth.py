"""The importer on synthetic digests of a dozen layouts in five languages (tests/ingest_synth.py):
what a reader would check — every item found on its own, with its title, date and outlet."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from chronicle.source import frontmatter
from chronicle.config import load_config
from chronicle.ingest import ingest_files
from ingest_synth import LAYOUTS, big_digest, digest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = range(0, 17 * 9)    # every layout nine times, languages varying


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.replace("\\", "")).strip().lower()


def score(tmp: Path, seeds) -> dict[str, dict[str, list[int]]]:
    """layout -> column -> [hits, total]"""
    config = load_config(ROOT / "config.yaml")
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for seed in seeds:
        d = digest(seed)
        raw = tmp / f"synth-{seed}.txt"
        raw.write_text(d.text, encoding="utf-8")
        out = tmp / f"out-{seed}"
        ingest_files([raw], out, config)
        arts = []
        for p in sorted(out.glob("*.md")):
            yaml_text, line, body, _ = frontmatter.split(p.read_text(encoding="utf-8"), str(p))
            fields, _ = frontmatter.parse_fields(yaml_text, line, str(p))
            arts.append((fields, _norm(body)))
        row = table[d.layout]
        for item in d.items:
            start = _norm(" ".join(item.body.split()[:6]))
            found = [f for f, b in arts if start in b]
            ok = len(found) == 1 and (not item.tail or any(start in b and _norm(item.tail) in b for _, b in arts))
            row["clean"][0] += ok
            row["clean"][1] += 1
            f = found[0] if found else {}
            for col, want, got, on in (("title", item.title, f.get("title"), d.has_title),
                                       ("date", item.date, f.get("date"), d.has_date),
                                       ("source", item.outlet, f.get("source"), d.has_outlet)):
                if on:
                    row[col][0] += (_norm(str(got)) == _norm(str(want))) if col != "date" else got == want
                    row[col][1] += 1
    return table


def totals(table) -> dict[str, float]:
    out = {}
    for col in ("clean", "title", "date", "source"):
        hit = sum(r[col][0] for r in table.values())
        tot = sum(r[col][1] for r in table.values())
        out[col] = hit / tot if tot else 1.0
    return out


@pytest.mark.slow
def test_synthetic_digests(tmp_path):
    table = score(tmp_path, SEEDS)
    worst = {layout: {c: round(h / t, 2) for c, (h, t) in cols.items() if t} for layout, cols in table.items()}
    got = totals(table)
    assert got["clean"] >= 0.95 and got["title"] >= 0.9 and got["date"] >= 0.9 and got["source"] >= 0.9, (got, worst)


def test_generator_is_deterministic():
    assert digest(7).text == digest(7).text and len({digest(s).layout for s in range(len(LAYOUTS))}) == len(LAYOUTS)


if __name__ == "__main__":   # python tests/test_ingest_synth.py: the table per layout
    import sys
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        t = score(Path(tmp), SEEDS)
        for layout, cols in sorted(t.items()):
            print(f"{layout:15}", "  ".join(f"{c} {h}/{n}" for c, (h, n) in sorted(cols.items())))
        print(totals(t))


@pytest.mark.slow
def test_one_megabyte_digest_is_read_whole():
    """~4,700 items in 1 MB, every one an article of its own (no two taken for one story). How
    fast: bench/ingest.py (docs/performance.md), not asserted here."""
    from chronicle.ingest import compose, run, vocab
    from chronicle.ingest.tagging import Tagger

    text = big_digest(1_000_000)
    config = load_config(ROOT / "config.yaml")
    ctx = run.make_context(config, None)
    topics = vocab.merged(config.topics)
    tagger = Tagger.from_topics(topics, broader=vocab.broader_of(topics))
    parsed = run.parse(text, ctx)
    drafts = [compose.compose(s, parsed, "big.txt", ctx, tagger) for s in parsed.stories]
    assert len(drafts) >= 4000 and all(drafts)
    assert len({d.id for d in drafts}) == len(drafts)
