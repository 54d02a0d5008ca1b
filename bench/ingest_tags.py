"""Subject and place tags on the synthetic digests (tests/ingest_synth.py), per language: is the
subject of each item's title (its noun phrase) tagged, and its place? Expected slugs set by hand.

    .venv/bin/python bench/ingest_tags.py 153        # every layout nine times
    .venv/bin/python bench/ingest_tags.py 153 -v     # and each miss
"""
import sys, tempfile, collections
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests")); sys.path.insert(0, str(ROOT))
from ingest_synth import WORDS, digest, LAYOUTS
from chronicle.config import load_config
from chronicle.ingest import ingest_files
from chronicle.source import frontmatter
from chronicle.source.slugs import tag_slug
SUBJ = [{"power-grid", "electricity"}, {"housing"}, {"floods", "flood-defences"}, {"rail"}, {"health", "health-spending"},
        {"solar-power"}, {"water-supply"}, {"hospitals"}]
# a region may be tagged by its own name's slug (the built-in regions are named as their country writes them)
PLACE = [{"lisbon", "portugal"}, {"ohio"}, {"bavaria"}, {"kenya"}, {"quebec"}, {"sicily", "sicilia"}, {"jutland", "denmark"},
         {"andalusia", "andalucia", "spain"}]
config = load_config(ROOT / "config.yaml")
hit = collections.Counter(); tot = collections.Counter(); ntags = []
with tempfile.TemporaryDirectory() as tmp:
    for seed in range(int(sys.argv[1]) if len(sys.argv) > 1 else 17 * 3):
        d = digest(seed); raw = Path(tmp) / f"s{seed}.txt"; raw.write_text(d.text)
        out = Path(tmp) / f"o{seed}"; ingest_files([raw], out, config)
        arts = []
        for p in sorted(out.glob("*.md")):
            y, line, body, _ = frontmatter.split(p.read_text(), str(p)); f, _ = frontmatter.parse_fields(y, line, str(p))
            arts.append((f, body)); ntags.append(len(f.get("tags") or []))
        _, _, nouns, _, places = WORDS[d.lang]
        for it in d.items:
            start = " ".join(it.body.split()[:4])
            f = next((f for f, b in arts if start in b), None)
            tags = {tag_slug(t) for t in f.get("tags") or []} if f else set()   # names are written as found
            i = next(k for k, n in enumerate(nouns) if n.lower() in it.title.lower())
            j = next(k for k, n in enumerate(places) if n.lower() in it.title.lower())
            for col, want in (("subject", SUBJ[i]), ("place", PLACE[j])):
                tot[col, d.lang] += 1; hit[col, d.lang] += bool(want & tags)
                if not want & tags and "-v" in sys.argv: print(d.lang, col, it.title, sorted(tags))
for col in ("subject", "place"):
    print(col, " ".join(f"{l} {hit[col, l]}/{tot[col, l]}" for l in sorted(WORDS)),
          f"all {sum(hit[col, l] for l in WORDS) / sum(tot[col, l] for l in WORDS):.2f}")
ntags.sort(); print("median tags per article", ntags[len(ntags) // 2])
