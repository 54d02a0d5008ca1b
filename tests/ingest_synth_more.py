"""More synthetic digests with known truth, in layouts tests/ingest_synth.py does not have: a
forwarded newsletter e-mail with quoted headers, 'Top stories' with the time or a relative date
('· 3 hours ago') after each title, a
table drawn with '|' and '+---+' borders, numbered headlines with an outlet suffix, an RSS feed
pasted as text, a page whose sidebar lists other headlines, and a digest in two languages.

Kept apart from ingest_synth.LAYOUTS, whose order fixes the seeds and the 1 MB digest the tests
and benchmarks pin. digest(seed) is deterministic."""
from __future__ import annotations

import datetime as dt
import random

from ingest_synth import Digest, WORDS, _items, written_date

_EN_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def email_newsletter(rng, lang):
    """A forwarded newsletter: '> ' before every line, From/Sent/Subject headers, the Sent date
    the date of every item, '(Outlet)' after each teaser."""
    items = _items(rng, lang, rng.randint(3, 6), same_day=True)
    d = items[0].date
    sent = f"{_EN_WEEKDAYS[d.weekday()]}, {_EN_MONTHS[d.month - 1]} {d.day}, {d.year} 7:02 AM"
    out = ["---------- Forwarded message ---------", "From: The Morning Brief <brief@news.example>",
           f"Sent: {sent}", "Subject: Your morning briefing", "To: reader@example.org", "",
           "Good morning. Here is what you need to know today.", ""]
    for i in items:
        out += [i.title, f"{i.body} ({i.outlet})", ""]
    out += ["You are receiving this email because you subscribed.", "Unsubscribe | Manage preferences"]
    return Digest("email-newsletter", lang, "\n".join("> " + x if x else ">" for x in out) + "\n", items)


def top_stories_times(rng, lang):
    """'Top stories' under a date line, each headline followed by its time ('· 2:45 PM', '— 14:05')."""
    items = _items(rng, lang, rng.randint(3, 6), same_day=True)
    out = ["Top stories", written_date(items[0].date, lang, rng), ""]
    for k, i in enumerate(items):
        stamp = f"{k + 1}:{rng.choice(['05', '30', '45'])} PM" if lang == "en" else f"{13 + k}:{rng.choice(['05', '30'])}"
        out += [f"{i.title} {rng.choice(['·', '—', '|'])} {stamp}", i.body, ""]
    return Digest("top-stories-times", lang, "\n".join(out), items, has_outlet=False)


_AGO = {"en": ("{n} hours ago", "{n} days ago"), "de": ("vor {n} Stunden", "vor {n} Tagen"),
        "fr": ("il y a {n} heures", "il y a {n} jours"), "es": ("hace {n} horas", "hace {n} días"),
        "it": ("{n} ore fa", "{n} giorni fa")}


def top_stories_ago(rng, lang):
    """A saved page ('captured: YYYY-MM-DD' on its first line) whose headlines end in a relative
    time ('· 3 hours ago', '— vor 2 Tagen'): dated from the capture date."""
    items = _items(rng, lang, rng.randint(3, 6))
    captured = items[0].date
    out = [f"captured: {captured.isoformat()}", "Top stories", ""]
    for i in items:
        days = (captured - i.date).days
        ago = _AGO[lang][1].format(n=days) if days else _AGO[lang][0].format(n=rng.randint(2, 9))
        out += [f"{i.title} {rng.choice(['·', '—', '|'])} {ago}", i.body, ""]
    return Digest("top-stories-ago", lang, "\n".join(out), items, has_outlet=False)


def bordered_table(rng, lang):
    """A table drawn with '+---+' rules and '|' borders, the columns padded."""
    items = _items(rng, lang, rng.randint(3, 6))
    rows = [("Date", "Source", "Headline")] + [(i.date.isoformat(), i.outlet, i.title) for i in items]
    w = [max(len(r[c]) for r in rows) for c in range(3)]
    rule = "+" + "+".join("-" * (n + 2) for n in w) + "+"
    out = [rule]
    for k, r in enumerate(rows):
        out.append("| " + " | ".join(x.ljust(n) for x, n in zip(r, w)) + " |")
        if k == 0:
            out.append(rule.replace("-", "="))
    out.append(rule)
    for i in items:
        i.body = i.title
    return Digest("bordered-table", lang, "\n".join(out) + "\n", items)


def numbered_outlet(rng, lang):
    """'1. Headline - Outlet' with the teaser below, and a dated heading."""
    items = _items(rng, lang, rng.randint(3, 7), same_day=True)
    out = [f"Today's reading list — {written_date(items[0].date, lang, rng)}", ""]
    for k, i in enumerate(items, 1):
        out += [f"{k}. {i.title} - {i.outlet}", f"   {i.body}", ""]
    return Digest("numbered-outlet", lang, "\n".join(out), items)


def rss_text(rng, lang):
    """An RSS feed pasted as text: 'Title:', 'Link:', 'Description:', 'pubDate:' lines per item."""
    items = _items(rng, lang, rng.randint(3, 6))
    out = ["Feed: World news", ""]
    for k, i in enumerate(items):
        d = i.date
        pub = f"{_EN_WEEKDAYS[d.weekday()][:3]}, {d.day:02d} {_EN_MONTHS[d.month - 1]} {d.year} 0{k}:00:00 GMT"
        out += [f"Title: {i.title}", f"Link: https://news.example/{d.isoformat()}/{k}", f"Description: {i.body}",
                f"pubDate: {pub}", f"Source: {i.outlet}", ""]
    return Digest("rss-text", lang, "\n".join(out), items)


def sidebar(rng, lang):
    """Headline, date, teaser per item, with a sidebar of other headlines ('Most read', 'Related')
    between them: those are links, not articles."""
    items = _items(rng, lang, rng.randint(3, 5))
    others = _items(random.Random(rng.random()), lang, 3)
    out = ["World", ""]
    for k, i in enumerate(items):
        out += [i.title, written_date(i.date, lang, rng), i.body, ""]
        if k == 0:
            out += ["Most read", *[f"{n}. {o.title}" for n, o in enumerate(others, 1)], ""]
    out += ["Related", *[f"- {o.title}" for o in others], ""]
    return Digest("sidebar", lang, "\n".join(out), items, has_outlet=False)


def mixed_languages(rng, lang):
    """Headline, date, teaser items in two languages alternating."""
    other = rng.choice([x for x in sorted(WORDS) if x != lang])
    a, b = _items(rng, lang, 3), _items(rng, other, 3)
    items = [x for pair in zip(a, b) for x in pair]
    out = ["Presse internationale", ""]
    for i, l in zip(items, [lang, other] * 3):
        out += [i.title, written_date(i.date, l, rng), i.body, ""]
    return Digest("mixed-languages", lang, "\n".join(out), items, has_outlet=False)


LAYOUTS = [email_newsletter, top_stories_times, bordered_table, numbered_outlet, rss_text, sidebar, mixed_languages,
           top_stories_ago]


def digest(seed: int) -> Digest:
    rng = random.Random(10_000 + seed)
    lang = rng.choice(sorted(WORDS))
    return LAYOUTS[seed % len(LAYOUTS)](rng, lang)
