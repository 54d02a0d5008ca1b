"""A professional network's home feed copied from the browser (LinkedIn, in any of its languages):
each post headed by the poster, either a page (its name, then its follower count: '1.284.502
seguidores', '12,406 followers', '3 902 117 abonnés') or a member (the name with the connection's
degree, 'Ana Lima • 2º', 'Tom Hale • 3rd+', then the member's job line), then the post's age and
audience icon ('2 h • 🌐', '1d • Edited • 🌐', '3 Std. • Bearbeitet • 🌐'). A page's own post is
its headline over its lead (the page is the outlet); a shared link card is the linked page's
headline over its site's line ('epbr.com.br • 4 min de leitura', 'reuters.com'), the card's site
the outlet; the poster's remark above the card is the poster's, not the story's text. One item
per such post, dated by the post's age; a member's post without a card is the member's talk, and
promoted posts print no age: both are left out, with the counts and buttons. Read only when two
such posts or more are headed so (a Facebook group, whose posters print neither line, is
grouposts.py's)."""
from __future__ import annotations

import datetime as dt
import re

from .. import outlets, when
from ..lang import language
from ..model import Context, Parsed, Story

# the age, perhaps an 'edited' mark, and the audience icon (anyone, connections only)
_AGE_LINE = re.compile(r"^(?P<n>\d{1,3})\s?(?P<unit>[^\W\d]{1,4})\.?\s*[•·]\s*(?:[^\W\d][\w.]{1,14}\s*[•·]\s*)?(?:🌐|👥|🌍|🔒)\s*$")
# minutes, hours, days: LinkedIn's other units (weeks 'sem', 'w', 'Wo.'; months 'mo', 'm' in some
# languages) name no day, and a bare 'm' may be either minutes or months: no date from them
_UNITS = {"min": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "std": "hours",
          "d": "days", "t": "days", "j": "days", "g": "days", "dia": "days", "días": "days", "dias": "days"}
_FOLLOWERS = re.compile(r"^\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})*(?:[.,]\d)?\s?[KkMm]?\s+[^\W\d][\w:]{2,20}$")
_DEGREE = re.compile(r"^(?P<name>\S.{0,60}?)\s*[•·]\s*(?:1st|2nd|3rd\+?|[123]\.?[ºo°]\+?|[123](?:er|re|e)\+?|[123]\.\+?)$")
# 'epbr.com.br • 4 min de leitura', 'reuters.com': the card's site line under its headline
_SITE = re.compile(r"^(?P<site>(?:[\w-]+\.)+[a-z]{2,12})(?:\s*[•·]\s*\S.{0,40})?$")
# the post's counts ('👍💡 412 · 38 comentários') or its buttons ('Like   Comment   Repost   Send')
_COUNTS = re.compile(r"^[^\w\s]+\s*\d")
_BUTTONS = re.compile(r"^\S+(?:\s{2,}\S+){2,}$")
_MORE = re.compile(r"^(?:…|\.\.\.)\s?\w+(?:\s\w+)?$")   # '…mais', '…more', '... see more'
_LEAST = 2


def read(lines: list[str], ctx: Context) -> Parsed | None:
    ages = [no for no, l in enumerate(lines) if no >= 2 and ("•" in l or "·" in l) and _AGE_LINE.match(l.strip())]
    heads = [no for no in ages if _poster(lines, no)[1] != "?"]
    if len(heads) < _LEAST or len(heads) * 2 < len(ages):
        return None
    stories, talk = [], 0
    for k, a in enumerate(heads):
        end = heads[k + 1] - 2 if k + 1 < len(heads) else len(lines)
        name, kind = _poster(lines, a)
        st = _post(_content(lines[a + 1:max(a + 1, end)]), name if kind == "page" else "", a - 1)
        if st:
            m = _AGE_LINE.match(lines[a].strip())
            st.date = _day(int(m["n"]), m["unit"], ctx.captured)
            st.date_basis = "derived" if st.date else ""
            stories.append(st)
        talk += st is None
    if not stories:
        return None
    notes = [f"{talk} member post(s) without a link card dropped"] if talk else []
    notes += ["posters' lines, counts, buttons and promoted posts left out"]
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(lines)))


def _poster(lines: list[str], a: int) -> tuple[str, str]:
    """(name, 'page' | 'member') of the post whose age line is at a; '?' when neither heads it."""
    above, name = lines[a - 1].strip(), lines[a - 2].strip()
    if _FOLLOWERS.match(above) and name:
        return name, "page"
    m = _DEGREE.match(name)
    return (m["name"], "member") if m and above else ("", "?")


def _content(block: list[str]) -> list[str]:
    """The post's lines up to its counts or buttons, without its '…more' link."""
    out = []
    for l in block:
        s = l.strip()
        if not s or _MORE.match(s):
            continue
        if _COUNTS.match(s) or _BUTTONS.match(s):
            break
        out.append(s)
    return out


def _post(text: list[str], page: str, line: int) -> Story | None:
    """A card (headline over a site line) wherever the post has one; else a page's headline over
    its lead; a member's post without a card is none."""
    for i in range(1, len(text)):
        m = _SITE.match(text[i])
        if m and outlets.site_name(m["site"].lower()) and len(text[i - 1].split()) >= 3:
            title = text[i - 1]
            return Story(line=line, paras=[title], title=title, source=m["site"])   # (the remark is the poster's)
    if not page or len(text) < 2:
        return None
    head = text[0]
    if head[-1:] in ".!?:" or len(head.split()) > 25 or len(head.split()) < 3:
        return Story(line=line, paras=text, source=page)
    return Story(line=line, paras=text[1:], title=head, source=page)


def _day(n: int, unit: str, captured: dt.date | None) -> dt.date | None:
    key = _UNITS.get(unit.lower())
    if key is None:
        return None
    found = when.Found("relative", 0, 0, ago=dt.timedelta(**{key: n}))
    return when.relative_to(found, captured)
