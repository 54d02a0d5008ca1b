"""Probe the importer with plain digest shapes in six languages (EN, DE, FR, ES, IT, NL).

Each shape (a template in plainshapes_data.json) writes a page of three items (title, date,
outlet, text) one common way, knows the articles a reader expects from it, and is scored on what
`parse` reads: boundaries (an item's text in a story of its own), titles, dates (and false ones:
invented where the page states none, or wrong) and outlets. `--unlisted` gives the items outlets
made up for the probe, in no list. A probe, not a test: the tests of what it found are in
tests/test_ingest_common_shapes2.py, on other wordings.

    .venv/bin/python -m tests.tools.plainshapes [SHAPE ...] [--lang xx] [--unlisted] [-v]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import unicodedata
from pathlib import Path

DATA = json.loads((Path(__file__).with_name("plainshapes_data.json")).read_text(encoding="utf-8"))
D = dt.date.fromisoformat


def fmt(L: dict, day: dt.date, style: str) -> str:
    """`day` written one way: long, short, noyear (language forms), slash_yy (14/03/25), dot (14.3.2025)."""
    if style == "slash_yy":
        return day.strftime("%d/%m/%y")
    if style == "dot":
        return f"{day.day}.{day.month}.{day.year}"
    return L[style].format(d=day.day, month=L["months"][day.month - 1], mon=L["mons"][day.month - 1], y=day.year)


def _items(L: dict, unlisted: bool = False, dates: str = "dates") -> list[dict]:
    """The language's three items; with `unlisted`, outlets made up for the probe, in no list."""
    return [{"title": t, "text": x, "outlet": o, "date": D(d)}
            for (t, x), o, d in zip(L["items"], L["unlisted" if unlisted else "outlets"], DATA[dates])]


def _fields(L: dict, i: dict, n: int) -> dict:
    """What a shape's template may name for item `i` (the `n`th): its fields, its date written every
    way, the language's labels ('{source}', '{date_label}', '{more}' …) and the per-item extras."""
    day, ago = i["date"], (D(DATA["captured"]) - i["date"]).days
    out = {k: v for k, v in L.items() if isinstance(v, str)}
    out.update({k: v[n] for k, v in DATA["per_item"].items()})
    out.update(i, date_label=L["date"], TITLE=i["title"].upper(), OUTLET=i["outlet"].upper(), teaser=i["text"].rstrip("."), n1=n + 1,
               read=L["read"].format(n=n + 3), weekday=L["weekdays"][day.weekday()],
               ago=L["ago"][0] if ago == 1 else L["ago"][1].format(n=ago),
               **{style: fmt(L, day, style) for style in ("long", "short", "noyear", "dot", "slash_yy")})
    return out


def page(shape: str, lang: str, unlisted: bool = False) -> tuple[str, list[tuple]]:
    """A page of the language's three items in `shape` (plainshapes_data.json's "shapes": a template
    per item, the page's head, what separates items, a quoting prefix) and the articles it holds:
    each item's own date, the page's (`"date": "page"`, the first item's) or none."""
    L, spec = DATA["langs"][lang], DATA["shapes"][shape]
    its = _items(L, unlisted, spec.get("dates", "dates"))
    fields = [_fields(L, i, n) for n, i in enumerate(its)]
    body = spec.get("sep", "\n\n").join(spec["item"].format(**f) for f in fields) + "\n"
    q = spec.get("quote", "")   # (a forwarded message's '> ', under its own headers)
    body = "".join(q + x if x.strip() else q.rstrip() + x for x in body.splitlines(True)) if q else body
    text = spec.get("head", "").format(long0=fields[0]["long"], **fields[0]) + body
    when = {"item": lambda i: i["date"], "page": lambda i: its[0]["date"], "none": lambda i: None}[spec.get("date", "item")]
    title = str.upper if spec.get("title") == "upper" else str
    return text, [(title(i["title"]), when(i), i["outlet"]) for i in its]


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s or "").split()).casefold()


def score(stories, want, texts) -> dict:
    """Per expected item: its text alone in one story (b), its title (t), date (d), outlet (o); `f`
    counts stories dated where the page states no date, or dated wrong."""
    got = {"b": 0, "t": 0, "d": 0, "o": 0, "f": 0, "n": len(stories)}
    for (title, day, outlet), text in zip(want, texts):
        key = _norm(text)[:40]
        hits = [s for s in stories if key in _norm(" ".join([s.title] + s.paras))]
        if len(hits) != 1:
            continue
        s = hits[0]
        alone = not any(_norm(o)[:40] in _norm(" ".join([s.title] + s.paras)) for o in texts if o != text)
        got["b"] += alone and len(stories) == len(want)
        got["t"] += _norm(s.title) == _norm(title)
        got["d"] += s.date == day
        got["f"] += s.date is not None and s.date != day   # invented or wrong
        got["o"] += _norm(s.source) == _norm(outlet)
    return got


def run(shapes, langs, verbose=False, unlisted=False) -> list[tuple]:
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from ingest_kinds import parser
    parse = parser(D(DATA["captured"]))
    rows = []
    for shape in shapes:
        for lang in langs:
            text, want = page(shape, lang, unlisted)
            p = parse(text).read_all()
            # (an item printed without its text is found by its title)
            texts = [x if x[:30] in text else t for t, x in DATA["langs"][lang]["items"]]
            g = score(p.stories, want, texts)
            rows.append((shape, lang, g))
            if verbose and (g["b"] + g["t"] + g["d"] + g["o"] < 12 or g["f"]):
                print(f"--- {shape} {lang} ({p.layout})\n{text}")
                for s in p.stories:
                    print(f"   > {s.title!r} | {s.date} | {s.source!r} | {s.paras[:1]!r}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("shapes", nargs="*")
    ap.add_argument("--lang", action="append")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--unlisted", action="store_true", help="outlets in no list (made up for the probe)")
    a = ap.parse_args()
    rows = run(a.shapes or list(DATA["shapes"]), a.lang or list(DATA["langs"]), a.v, a.unlisted)
    tot = {"b": 0, "t": 0, "d": 0, "o": 0, "f": 0}
    print(f"{'shape':15} {'lang':4} items b/t/d/o (of 3), false (invented or wrong) dates")
    for shape, lang, g in rows:
        print(f"{shape:15} {lang:4} {g['n']:5} {g['b']}/{g['t']}/{g['d']}/{g['o']}  {g['f'] or ''}")
        for k in tot:
            tot[k] += g[k]
    n = 3 * len(rows)
    print("TOTAL boundaries %.2f titles %.2f dates %.2f outlets %.2f false dates %d"
          % (tot["b"] / n, tot["t"] / n, tot["d"] / n, tot["o"] / n, tot["f"]))


if __name__ == "__main__":
    main()
