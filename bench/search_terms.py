"""Do the offline index and Pagefind index the same words for the same articles?

    .venv/bin/python bench/search_terms.py SITE_DIR

Decodes Pagefind's index (pagefind/: gzip'd CBOR word chunks, JSON fragments) and the offline
index (offline/search/), and prints every term whose set of articles differs, with counts.
The browser check of whole queries is bench/search_agreement.py; this one shows why.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cbor2  # noqa: E402
from chronicle.outputs.offline import decode, doc_page_path  # noqa: E402


def _unpack(path: Path):
    raw = gzip.decompress(path.read_bytes())
    return cbor2.loads(raw[len(b"pagefind_dcd"):])


def _pages(entries) -> list[int]:
    """Page numbers of a word's entries: Pagefind stores each as the difference from the last."""
    out, last = [], 0
    for entry in entries:
        last += entry[0]
        out.append(last)
    return out


def pagefind_terms(site: Path) -> dict[str, set[str]]:
    """Word -> the article paths Pagefind's index lists for it, over every partition."""
    listing = site / "pagefind" / "parts.json"
    folders = [f for _, f in json.loads(listing.read_bytes())["parts"]] if listing.exists() else [""]
    terms: dict[str, set[str]] = {}
    for folder in folders:
        for word, found in _partition_terms(site / "pagefind" / folder).items():
            terms.setdefault(word, set()).update(found)
    return terms


def _partition_terms(folder: Path) -> dict[str, set[str]]:
    meta = _unpack(next(folder.glob("pagefind.*.pf_meta")))
    urls = []
    for page_hash, _ in meta[1]:
        raw = gzip.decompress((folder / "fragment" / f"{page_hash}.pf_fragment").read_bytes())
        fragment = json.loads(raw[len(b"pagefind_dcd"):])
        urls.append(fragment["url"].lstrip("/"))
    terms: dict[str, set[str]] = {}
    for chunk in sorted((folder / "index").glob("*.pf_index")):
        for word, pages, variants in _unpack(chunk)[0]:
            found = terms.setdefault(word, set())
            found.update(urls[p] for p in _pages(pages))
            for _form, vpages in variants:
                found.update(urls[p] for p in _pages(vpages))
    return terms


def _payload(path: Path):
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r"ChronicleSearch\.\w+\((.*)\);\s*$", text, re.S).group(1))


def offline_terms(site: Path, filters: bool = False) -> dict[str, set[str]]:
    """Each indexed word's articles (page paths); with `filters`, each filter term's instead
    ("\\x01kind\\x01value")."""
    folder = site / "offline" / "search"
    manifest = _payload(folder / "index.js")
    paths = []
    for name in manifest["docChunks"]:
        paths += [doc_page_path(d) for d in _payload(folder / name)]
    paths.sort()   # an article's number is its path's place in code-point order (offline.article_ids)
    terms: dict[str, set[str]] = {}
    for _first, name in manifest["terms"]:
        words, codes = _payload(folder / name)
        for word, code in zip(words, codes):
            if word.startswith(manifest["filterMark"]) == filters:
                terms[word] = {paths[p // 2] for p in decode(code)}
    return terms


def main(site: Path) -> int:
    pf, off = pagefind_terms(site), offline_terms(site)
    differ = sorted(t for t in pf.keys() | off.keys() if pf.get(t) != off.get(t))
    for t in differ[:60]:
        print(f"{t!r}: pagefind {len(pf.get(t, ()))} offline {len(off.get(t, ()))}  e.g. "
              f"{sorted((pf.get(t, set()) ^ off.get(t, set())))[:2]}")
    print(f"{len(pf)} Pagefind terms, {len(off)} offline terms, {len(differ)} differ")
    return 0 if not differ else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
