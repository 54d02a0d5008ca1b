"""A Facebook group or page copied from the browser: each post under the poster's name and a line
with its age and audience icon ('2 ore fa · 🌍', 'Yesterday at 18:40 · 👥', 'Gestern um 18:40 · 🌍',
'26 aprile alle 09:15 · 🌍'), the poster's comment, then the link card: the site's domain (printed
in capitals: 'CANAVESEOGGI.IT'), the page's title, its description; then reactions, counters
('23 commenti   9 condivisioni'), the buttons and a comment thread. One item per post that shares a
card: the card's title, its description, the domain as printed for its outlet, the post's age its
date; posts without a card, comments and sponsored lines ('Annuncio · …', 'Sponsored') are dropped
and counted. Read only when two such age lines or more head posts on the page."""
from __future__ import annotations

import datetime as dt
import re

from .. import outlets, when
from ..lang import language
from ..model import Context, Parsed, Story, is_prose
from .chat import day_of

# the age and the audience icon (public, group members, friends, only me)
_AGE_LINE = re.compile(r"^(?P<age>\S.{0,40}?)\s*·\s*(?:🌍|🌎|🌏|👥|🔒|👤)\s*$")
_CLOCK = re.compile(r"(?i),?\s+(?:at|um|à|a las|alle|às|om)\s+\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?\s?m\.?)?\s*$")
_SPONSORED = re.compile(r"(?i)^(?:sponsored|sponsorizzato|annuncio|gesponsert|anzeige|sponsorisé|publicité|publicidad|"
                        r"patrocinado|gesponsord)\b")
_LEAST = 2


def read(lines: list[str], ctx: Context) -> Parsed | None:
    heads = [no for no, l in enumerate(lines) if _AGE_LINE.match(l.strip()) and no > 0 and lines[no - 1].strip()]
    if len(heads) < _LEAST:
        return None
    stories, talk, rest = [], 0, 0
    for k, h in enumerate(heads):
        end = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)   # (the next poster's name line)
        text = [s for l in lines[h + 1:end] if (s := l.strip()) and not _SPONSORED.match(s)]
        st = _card(text, h, _age(_AGE_LINE.match(lines[h].strip())["age"], ctx.captured))
        stories += [st] if st else []
        talk += st is None
        rest += sum(1 for l in lines[h + 1:end] if l.strip()) - (len(st.paras) + 2 if st else 0)
    if not stories:
        return None
    notes = [f"{talk} post(s) without a link card dropped"] if talk else []
    notes += [f"{rest} line(s) of reactions, buttons, comments and sponsored posts left out"] if rest > 0 else []
    above = [f"line {no} '{l.strip()[:40]}'" for no, l in enumerate(lines[:heads[0] - 1], 1) if l.strip()]
    notes += [f"left out, above the first post: {', '.join(above)}"] if above else []
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(lines)))


def _card(text: list[str], h: int, day: dt.date | None) -> Story | None:
    """The post's card: a domain, then a title (three words or more, no full stop), then the description
    (its sentences, up to the reactions and buttons); the poster's comment above it goes after."""
    for i in range(len(text) - 2):
        site, title = text[i], text[i + 1]
        if "." in site and outlets.site_name(site.lower()) and len(title.split()) >= 3 and not title.endswith("."):
            body = []
            for s in text[i + 2:]:
                if not is_prose(s, 80):
                    break
                body.append(s)
            return Story(line=h, paras=(body or [title]) + text[:i], title=title, date=day,
                         date_basis="derived" if day else "", source=site)
    return None


def _age(s: str, captured: dt.date | None) -> dt.date | None:
    """'2 ore fa', '5 Std.', '3 h' (counted back from the capture), 'Ieri alle 18:40', '26 aprile
    alle 09:15' (the latest such day up to the capture): the day without its clock time."""
    m = _SHORT.match(s.strip())
    if m:
        ago = dt.timedelta(**{_UNITS[m["unit"].lower()]: int(m["n"])})
        return when.relative_to(when.Found("relative", 0, len(s), ago=ago), captured)
    return day_of(_CLOCK.sub("", s).strip(), captured)


# the app's short ages: minutes, hours ('Std.'), days ('T.', 'j', 'g'); an age in weeks names no day
_SHORT = re.compile(r"(?i)^(?P<n>\d{1,3})\s*(?P<unit>min|m|std|hrs?|h|t|d|j|g)\.?$")
_UNITS = {"min": "minutes", "m": "minutes", "std": "hours", "hr": "hours", "hrs": "hours", "h": "hours",
          "t": "days", "d": "days", "j": "days", "g": "days"}
