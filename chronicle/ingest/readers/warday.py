"""A war-day page ('…: the 973rd day of war'): main story, further titled stories, 'Other news' items."""
from __future__ import annotations

import re

from .. import dates
from ..model import TERMINAL, Context, Parsed, Story, is_prose

OTHER_NEWS = re.compile(r"^\s*(other news|in other news|more news|briefly|in brief|also today)\s*:?\s*$", re.I)
ITEM = re.compile(r"^\s*[⇒→►▶➤▸➔»•]\s*(?P<text>.+)$")
DASH_ITEM = re.compile(r"^\s*(?:[-*–]|\d{1,2}[.)])\s+(?P<text>.{40,})$")   # list items under "Other news"


def looks_like(lines: list[str]) -> bool:
    head = [l for l in lines if l.strip()][:5]
    return any(dates.WAR_DAY.search(l) and len(l) < 400 for l in head)


def _match(pats, line: str) -> bool:
    return any(p.fullmatch(line.strip()) for p in pats)


def read(lines: list[str], ctx: Context) -> Parsed:
    rows = [(n, l.strip()) for n, l in enumerate(lines, 1) if l.strip()]
    hi = next((i for i, (_, l) in enumerate(rows) if dates.WAR_DAY.search(l) and len(l) < 400), -1)
    headline = rows[hi][1] if hi >= 0 else ""
    day = dates.war_day(headline, ctx.war_day_epoch)
    # the lines above the headline, and from the page's end on, are left out: said (they were not)
    notes = [f"line {no}: left out (above the headline): {text[:60]}" for no, text in rows[:max(hi, 0)]]
    main = Story(line=rows[hi][0] if hi >= 0 else 1, paras=[])
    stories = [main]
    items: list[Story] = []
    mode = "story"
    i = hi + 1
    while i < len(rows):
        no, text = rows[i]
        nxt = rows[i + 1][1] if i + 1 < len(rows) else ""
        if TERMINAL.match(text):
            notes.append(f"lines {no}-{rows[-1][0]}: left out (the page's end): {text[:60]}")
            break
        if OTHER_NEWS.match(text):
            mode = "items"
        elif ITEM.match(text) or (mode == "items" and DASH_ITEM.match(text)):
            mode = "items"
            items.append(Story(line=no, paras=[(ITEM.match(text) or DASH_ITEM.match(text))["text"]]))
        elif _match(ctx.furniture, text) or _match(ctx.captions, text):   # (said, as every line left out)
            notes.append(f"line {no}: left out (page furniture or a photo credit): {text[:60]}")
        elif not is_prose(text) and nxt and _match(ctx.captions, nxt):
            notes.append(f"lines {no}-{rows[i + 1][0]}: left out (a photo's caption and credit): {text[:60]}")
            i += 1
        elif mode == "story" and not is_prose(text) and nxt and is_prose(nxt) and len(text) <= 160:
            stories.append(Story(line=no, paras=[], title=text))
        elif mode == "items" and items and is_prose(text):
            items[-1].paras.append(text)
        elif mode == "story" and is_prose(text, 60):
            stories[-1].paras.append(text)
        else:
            notes.append(f"line {no}: left out (looks like page furniture): {text[:60]}")
        i += 1
    notes += [f"line {s.line}: left out (a headline with no text under it): {s.title[:60]}"
              for s in stories[1:] if not s.paras]
    stories = [s for s in stories if s.paras] + [s for s in items if s.paras]
    _title_main(main, headline, stories)
    if day:
        n, date = day
        mentioned = set(dates.weekday_mentions(" ".join(p for s in stories for p in s.paras)))
        weekday = dates.weekday_name(date)
        if mentioned and weekday not in mentioned:
            notes.append(f"day {n} of war is a {weekday.title()}, but the text says "
                         f"'this {', '.join(sorted(m.title() for m in mentioned))}'; dated by the day count")
        for s in stories:
            s.date, s.date_basis = date, "derived"
    else:
        notes.append("date: the war-day count could not be read")
    return Parsed("war-day", stories, notes=notes)


def _title_main(main: Story, headline: str, stories: list[Story]) -> None:
    """The page headline names its stories, comma-separated; the main story takes the clause about it."""
    text = dates.WAR_DAY.split(headline)[0]
    text = re.sub(r"[\s:–—-]+$", "", text).strip()
    if not text or not main.paras:
        return
    clauses = [c.strip() for c in re.split(r",\s+(?=[a-z“\"‘'A-Z])", text) if c.strip()]
    if len(clauses) == 1 or len([s for s in stories if s.title or s is main]) == 1 and len(clauses) == 1:
        main.title = _cap(clauses[0])
        return
    body = _words(" ".join(main.paras))
    others = [_words(" ".join(s.paras)) | _words(s.title) for s in stories if s is not main]

    def score(clause: str) -> float:
        w = _words(clause)
        if not w:
            return 0.0
        mine = len(w & body) / len(w)
        theirs = max((len(w & o) / len(w) for o in others), default=0.0)
        return mine - 0.5 * theirs

    best = max(clauses, key=score)
    main.title = _cap(best)


_STOP = {"the", "a", "an", "of", "in", "on", "to", "and", "for", "has", "it", "is", "says", "with", "wants", "new"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 1}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
