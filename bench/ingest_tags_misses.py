"""Why each expected subject tag was missed, on a labelled set (the owner's scorer's must_tags).

    .venv/bin/python bench/ingest_tags_misses.py tests/fixtures/ingest_heldout --captured 2026-11-30
    .venv/bin/python bench/ingest_tags_misses.py /work/shared/ingest-dev
    .venv/bin/python bench/ingest_tags_misses.py SET -v      # and one line per miss

Each missed group (alternatives 'a|b|c') is put in the first kind that fits:
  not-found     no matching article (a boundary problem, not a tag problem)
  cut           the tagger found it (a topic or a name) but the 6-tag cap dropped it
  pruned        found in the text, dropped as a late passing mention of a long text
  not-matched   a vocabulary topic is that tag, but no alias of it matched the text
                (inflection, plural, language, compound, accents): the words like its aliases
  filed-under   the expected word is an alias of a topic of another slug ('EIA' under the
                US Department of Energy): the vocabulary has it, but not as a tag of its own
  name-missed   not in the vocabulary, and written capitalised in the text: a name the entity
                finder did not make a tag
  no-subject    not in the vocabulary and not a name: a subject the vocabulary lacks
"""
import argparse
import collections
import contextlib
import io
import datetime as dt
import importlib.util
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from chronicle.config import load_config  # noqa: E402
from chronicle.ingest import ingest_files, vocab  # noqa: E402
from chronicle.ingest.lang import language  # noqa: E402
from chronicle.ingest.run import tagger_for  # noqa: E402
from chronicle.source import frontmatter  # noqa: E402


def scorer(set_dir: Path):
    path = set_dir / "score.py"   # (the held-out sets after the first share its copy of the owner's scorer)
    path = path if path.exists() else Path(__file__).resolve().parent.parent / "tests/fixtures/ingest_heldout/score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def candidates(tagger, title, lead, body, lang):
    """Every topic and name the tagger weighs for an article, with its score, before the cap;
    and the topics found anywhere in the text (some pruned as late passing mentions)."""
    scores, first, evidence = tagger._scores(title, lead, body, lang == "de", lang)
    tagger._infer(title, lead, body, lang, scores, first, evidence)
    tagger._towns(title, lead, body, lang, scores, first, evidence)
    tagger._widen(scores, first, evidence)
    tagger._names(title, lead, body, scores, first, evidence, lang)
    found = {s for s, _, _ in tagger.find(title, title=True, german=lang == "de", lang=lang)
             + tagger.find(body, german=lang == "de", lang=lang)}
    return scores, found


def classify(sc, alts, art, tagger, topic_slugs, topic_names):
    if art is None:
        return "not-found", ""
    fm, body = art
    title, lead = str(fm.get("title") or ""), str(fm.get("summary") or "")
    lang = language(body)
    scores, found = candidates(tagger, title, lead, body, lang)
    hit = [s for s in scores if any(sc.tag_hit(a, [s]) for a in alts)]
    if hit:
        kept = sorted(scores, key=lambda s: (-scores[s], s))[:6]
        return "cut", f"{hit[0]} score {scores[hit[0]]:g} (kept: {', '.join(f'{s} {scores[s]:g}' for s in kept)})"
    pruned = [s for s in found if any(sc.tag_hit(a, [s]) for a in alts)]
    if pruned:
        return "pruned", pruned[0]
    text = f"{title}\n{body}"
    topic = next((s for s in topic_slugs if s in alts), None) or \
        next((s for s in topic_slugs if any(sc.tag_hit(a, [s]) for a in alts)), None)
    if topic:
        return "not-matched", f"{topic}: {_near(topic_slugs[topic], text)}"
    other = next((topic_names[a] for a in alts if a in topic_names), None)
    if other:
        return "filed-under", other
    for a in alts:
        words = a.split("-")
        pat = r"\b" + r"[\s-]+".join(re.escape(w) for w in words) + r"\w*"
        m = re.search(pat, text, re.I)
        if m and m.group()[:1].isupper():
            return "name-missed", m.group()
    return "no-subject", ""


def _fold(w):
    return unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower()


def _near(aliases, text):
    """Words of the text that begin like a word of an alias: what the alias failed to match."""
    stems = {_fold(w)[:5] for a in aliases for w in re.findall(r"\w+", a) if len(w) >= 5}
    near = sorted({w for w in re.findall(r"\w+", text) if len(w) >= 5 and _fold(w)[:5] in stems})
    return ", ".join(near[:4]) or "(no word like it)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set", type=Path)
    ap.add_argument("--captured", default=None)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    sc = scorer(args.set)
    config = load_config(ROOT / "config.yaml")
    tagger = tagger_for(config)
    topics = vocab.merged(config.topics)
    topic_slugs, topic_names = {}, {}
    for slug, t in topics.items():
        topic_slugs[slug] = (t.name, *t.aliases)
        for a in (t.name, *t.aliases):
            topic_names.setdefault(sc.slug(a), slug)
    captured = dt.date.fromisoformat(args.captured) if args.captured else None
    kinds = collections.Counter()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        ingest_files(sorted((args.set / "raw").glob("*.txt")), out, config, captured)
        js = Path(tmp) / "d.json"
        with contextlib.redirect_stdout(io.StringIO()):
            sc.main([str(args.set / "gold.json"), str(out), "--json", str(js)])
        details = json.loads(js.read_text())
        details = details.get("articles", details) if isinstance(details, dict) else details
        gold = json.loads((args.set / "gold.json").read_text())
        total = sum(len(g.get("must_tags") or []) for g in gold)
        for d in details:
            art = None
            if d.get("matched"):
                p = Path(d["matched"])
                y, line, body, _ = frontmatter.split(p.read_text(), str(p))
                fm, _ = frontmatter.parse_fields(y, line, str(p))
                art = (fm, body)
            for group in d.get("must_missing") or []:
                alts = [sc.slug(x) for x in group.split("|") if sc.slug(x)]
                kind, why = classify(sc, alts, art, tagger, topic_slugs, topic_names)
                kinds[kind] += 1
                rows.append((kind, d["file"], d.get("index"), group, why))
    if args.v:
        for r in sorted(rows):
            print(f"{r[0]:12} {r[1]}#{r[2]}  {r[3][:60]:60}  {r[4]}")
    missed = sum(kinds.values())
    print(f"expected tags {total}, missed {missed} ({1 - missed / total:.2f} given)")
    for k in ("not-found", "cut", "pruned", "not-matched", "filed-under", "name-missed", "no-subject"):
        print(f"  {k:12} {kinds[k]:3}")


if __name__ == "__main__":
    main()
