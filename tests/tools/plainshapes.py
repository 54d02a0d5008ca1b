"""Probe the importer with plain digest shapes in six languages (EN, DE, FR, ES, IT, NL).

Each shape writes a page of three items (title, date, outlet, text from plainshapes_data.json) one
common way, knows the articles a reader expects from it, and is scored on what `parse` reads:
boundaries (an item's text in a story of its own), titles, dates (and dates invented where the page
states none) and outlets. A probe, not a test: the tests of what it found are in
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


def _items(L: dict, unlisted: bool = False) -> list[dict]:
    """The language's three items; with `unlisted`, outlets made up for the probe, in no list."""
    return [{"title": t, "text": x, "outlet": o, "date": D(d)}
            for (t, x), o, d in zip(L["items"], L["unlisted" if unlisted else "outlets"], DATA["dates"])]


def _each(L, its, one, sep="\n\n"):
    return sep.join(one(L, i, n) for n, i in enumerate(its)) + "\n"


# Each shape: (L, items) -> (page, expected [(title, date or None, outlet)]).
def dash_line(L, its):
    return _each(L, its, lambda L, i, n: f"{i['title']} – {i['outlet']} – {fmt(L, i['date'], 'long')}\n{i['text']}"), None


def medium(L, its):
    return _each(L, its, lambda L, i, n: f"{i['title']}\n{i['outlet']} · {fmt(L, i['date'], 'short')} · "
                 f"{L['read'].format(n=n + 3)}\n{i['text']}"), None


def wire_bracket(L, its):
    day = its[0]["date"]
    page = f"{L['digest']}\n{fmt(L, day, 'long')}\n\n" + _each(L, its, lambda L, i, n: f"[{i['outlet']}] {i['title']}\n{i['text']}")
    return page, [(i["title"], day, i["outlet"]) for i in its]


def source_date(L, its):
    return _each(L, its, lambda L, i, n: f"{i['title']}\n{L['source']}: {i['outlet']} | {L['date']}: "
                 f"{fmt(L, i['date'], 'slash_yy')}\n{i['text']}"), None


def allcaps(L, its):
    page = _each(L, its, lambda L, i, n: f"{i['title'].upper()}\n{i['outlet']}, {fmt(L, i['date'], 'dot')}\n{i['text']}")
    return page, [(i["title"].upper(), i["date"], i["outlet"]) for i in its]


def numbered_paren(L, its):
    return _each(L, its, lambda L, i, n: f"{n + 1}) {i['title']}\n{i['outlet']} — {fmt(L, i['date'], 'long')}\n{i['text']}"), None


def lettered(L, its):
    return _each(L, its, lambda L, i, n: f"{'abc'[n]}. {i['title']} ({i['outlet']}, {fmt(L, i['date'], 'noyear')})\n{i['text']}"), None


def md_italic(L, its):
    page = f"# {L['digest']}\n\n" + _each(L, its, lambda L, i, n: f"## {i['title']}\n*{i['outlet']}, {fmt(L, i['date'], 'long')}*\n\n{i['text']}")
    return page, None


def email(L, its):
    day = its[0]["date"]
    head = (f"{L['from']}: Anna Berg <anna@example.org>\n{L['sent']}: {fmt(L, day, 'long')}\n"
            f"{L['subject']}: {L['digest']}\n\n")
    page = head + _each(L, its, lambda L, i, n: f"{i['title']}\n{i['text']} ({i['outlet']})")
    return page, [(i["title"], day, i["outlet"]) for i in its]


def alerts(L, its):
    day = its[0]["date"]
    head = f"{L['alerts']}\n\n{L['alert_topic']}\n{fmt(L, day, 'long')}\n\nNEWS\n\n"
    page = head + _each(L, its, lambda L, i, n: f"{i['title']}\n{i['outlet']}\n{i['text']}\n{L['flag']}")
    return page, [(i["title"], day, i["outlet"]) for i in its]


def gnews(L, its):
    return _each(L, its, lambda L, i, n: f"{i['title']}{' - ' if n % 2 == 0 else ' | '}{i['outlet']}\n"
                 f"{fmt(L, i['date'], 'long')}\n{i['text']}"), None


def day_times(L, its):
    clock = ["14:05", "09:30", "18:45"]
    return _each(L, its, lambda L, i, n: f"{fmt(L, i['date'], 'long')}\n\n{clock[n]} {i['title']}\n{i['text']} ({i['outlet']})"), None


def blank_paren(L, its):
    page = _each(L, its, lambda L, i, n: f"{i['title']}\n{i['text']} ({i['outlet']})")
    return page, [(i["title"], None, i["outlet"]) for i in its]


def read_more(L, its):
    return _each(L, its, lambda L, i, n: f"{i['title']}\n{i['outlet']} | {fmt(L, i['date'], 'long')}\n"
                 f"{i['text'][:-1]} … {L['more']}"), None


def _ago(L, day):
    n = (D(DATA["captured"]) - day).days
    return L["ago"][0] if n == 1 else L["ago"][1].format(n=n)


def bold_md(L, its):
    return _each(L, its, lambda L, i, n: f"**{i['title']}**\n{i['outlet']} – {fmt(L, i['date'], 'long')}\n{i['text']}"), None


def date_first(L, its):
    return _each(L, its, lambda L, i, n: f"{fmt(L, i['date'], 'dot')} | {i['outlet']}\n{i['title']}\n{i['text']}"), None


def three_lines(L, its):
    return _each(L, its, lambda L, i, n: f"{i['title']}\n{i['outlet']}\n{fmt(L, i['date'], 'long')}\n{i['text']}"), None


def byline_combo(L, its):
    who = ["Anna Berg", "Marc Dupont", "Lucía Gómez"]
    return _each(L, its, lambda L, i, n: f"{i['title']}\n{L['by']} {who[n]} | {i['outlet']} | "
                 f"{fmt(L, i['date'], 'long')}\n{i['text']}"), None


def colon_numbered(L, its):
    return _each(L, its, lambda L, i, n: f"{n + 1}. {i['outlet']}: {i['title']} ({fmt(L, i['date'], 'long')})\n{i['text']}"), None


def caps_outlet(L, its):
    return _each(L, its, lambda L, i, n: f"{i['outlet'].upper()} — {i['title']}\n{fmt(L, i['date'], 'long')}\n{i['text']}"), None


def headline_bullets(L, its):
    page = f"{L['digest']}\n\n" + _each(L, its, lambda L, i, n: f"• {i['title']} – {i['outlet']}, {fmt(L, i['date'], 'long')}", "\n")
    return page, None


def relative(L, its):
    return _each(L, its, lambda L, i, n: f"{i['title']} - {i['outlet']}\n{_ago(L, i['date'])}\n{i['text']}"), None


def date_prefix(L, its):
    return _each(L, its, lambda L, i, n: f"{fmt(L, i['date'], 'long')} — {i['title']} ({i['outlet']})\n{i['text']}"), None


def numeric_early(L, its):
    """Day and month both 12 or under ('07/03/25'): read day first, or left out, never invented."""
    its = [dict(i, date=D(d)) for i, d in zip(its, DATA["early_dates"])]
    page = _each(L, its, lambda L, i, n: f"{i['title']}\n{i['outlet']}, {fmt(L, i['date'], 'slash_yy')}\n{i['text']}")
    return page, [(i["title"], i["date"], i["outlet"]) for i in its]


def email_quoted(L, its):
    day = its[0]["date"]
    head = (f"{L['forwarded']}\n{L['from']}: Newsroom <news@example.org>\n{L['sent']}: {fmt(L, day, 'long')}\n"
            f"{L['subject']}: {L['digest']}\n\n")
    body = _each(L, its, lambda L, i, n: f"{i['title']} ({i['outlet']})\n{i['text']}")
    page = head + "".join("> " + x + "\n" if x else ">\n" for x in body.rstrip("\n").split("\n"))
    return page, [(i["title"], day, i["outlet"]) for i in its]


def weekday_times(L, its):
    clock = ["18:45", "09:30", "07:10"]
    def one(L, i, n):
        day = i["date"]
        return f"{L['weekdays'][day.weekday()]} {fmt(L, day, 'noyear')}\n\n{clock[n]} – {i['title']}\n{i['text']}\n{i['outlet']}"
    return _each(L, its, one), None


def quoted_title(L, its):
    return _each(L, its, lambda L, i, n: f"“{i['title']}” — {i['outlet']}, {fmt(L, i['date'], 'long')}\n{i['text']}"), None


def emoji_bullets(L, its):
    return _each(L, its, lambda L, i, n: f"🔹 {i['title']}\n📰 {i['outlet']} | 📅 {fmt(L, i['date'], 'long')}\n{i['text']}"), None


def outlet_colon(L, its):
    return _each(L, its, lambda L, i, n: f"{i['outlet']}: {i['title']}\n{fmt(L, i['date'], 'long')}\n{i['text']}"), None


def paren_outlet_line(L, its):
    return _each(L, its, lambda L, i, n: f"{i['title']}\n({i['outlet']}) · {fmt(L, i['date'], 'long')}\n{i['text']}"), None


SHAPES = {f.__name__: f for f in (dash_line, medium, wire_bracket, source_date, allcaps, numbered_paren,
                                  lettered, md_italic, email, alerts, gnews, day_times, blank_paren, read_more,
                                  bold_md, date_first, three_lines, byline_combo, colon_numbered, caps_outlet,
                                  headline_bullets, relative, date_prefix, numeric_early, email_quoted,
                                  weekday_times, quoted_title, emoji_bullets, outlet_colon, paren_outlet_line)}


def page(shape: str, lang: str, unlisted: bool = False) -> tuple[str, list[tuple]]:
    L = DATA["langs"][lang]
    its = _items(L, unlisted)
    text, want = SHAPES[shape](L, its)
    return text, want or [(i["title"], i["date"], i["outlet"]) for i in its]


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
    rows = run(a.shapes or list(SHAPES), a.lang or list(DATA["langs"]), a.v, a.unlisted)
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
