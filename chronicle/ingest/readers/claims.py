"""A fact-checker's list: one block per checked claim, its first line the claim under a key
('Claim: …', 'Affirmation : …', 'Behauptung: …'), its second the rating under another key
('Verdict: False', 'Verdict : Trompeur', 'Bewertung: Falsch'), then the finding, then the
check's date on a line of its own. The claim is the title (without its key); the rating is the
checker's label (as a page's own tags are), not a title; the date line closes its own block (the
evidence reader took the rating for the title and gave each date to the block under it). Read only
when three blocks or more open with the same two keys, the rating a few words; other blocks
(share buttons, an appeal for donations) are the page's, left out."""
from __future__ import annotations

import re

from .. import when
from ..lang import language
from ..model import Context, Parsed, Story

_CLAIM = re.compile(r"^(?P<key>[^\W\d][\w'’-]*(?: [\w'’-]+){0,2})\s?:\s+(?P<value>\S.{15,})$")
_RATING = re.compile(r"^(?P<key>[^\W\d][\w'’-]*(?: [\w'’-]+){0,2})\s?:\s+(?P<value>\S.{0,40})$")
_LEAST = 3


def read(lines: list[str], ctx: Context) -> Parsed | None:
    blocks = _blocks(lines)
    keyed = [(s, b) for s, b in blocks if len(b) >= 3 and _keys(b) is not None]
    if len(keyed) < _LEAST:
        return None
    common = max({_keys(b) for _, b in keyed}, key=lambda k: sum(1 for _, b in keyed if _keys(b) == k))
    ours = [(s, b) for s, b in keyed if _keys(b) == common]
    if len(ours) < _LEAST:
        return None
    order = when.decide_order([f for _, b in ours for l in b for f in when.find_dates(l)], language("\n".join(lines)),
                              ctx.captured)
    return Parsed("generic", [_story(s, b, order) for s, b in ours])


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """(first line's index, its non-blank lines) of each run of lines between blank lines."""
    out, cur, start = [], [], 0
    for i, raw in enumerate(lines + [""]):
        if raw.strip():
            if not cur:
                start = i
            cur.append(raw.strip())
        elif cur:
            out.append((start, cur))
            cur = []
    return out


def _keys(block: list[str]) -> tuple[str, str] | None:
    """The claim's and the rating's keys when the block opens with them (a rating of a few words,
    not a sentence), else None."""
    claim, rating = _CLAIM.match(block[0]), _RATING.match(block[1])
    if not claim or not rating or len(rating["value"].split()) > 5 or rating["value"][-1:] in ".!?" \
            or any(c.isdigit() for c in rating["value"]):   # (a rating is words: 'Turnout: 27.4%' is a result's figure)
        return None
    if claim["key"].lower() == rating["key"].lower():
        return None
    return claim["key"].lower(), rating["key"].lower()


def _date_line(line: str) -> bool:
    found = when.find_dates(line)
    return len(found) == 1 and found[0].kind != "relative" and found[0].end - found[0].start >= len(line) - 2


def _story(start: int, block: list[str], order: str | None) -> Story:
    title = _CLAIM.match(block[0])["value"].strip()
    rest = block[2:]
    dated = [l for l in rest if _date_line(l)]
    st = Story(line=start + 1, paras=[l for l in rest if l not in dated] or [title], title=title,
               labels=[_RATING.match(block[1])["value"].strip()])   # (the checker's label: a tag of the page's own)
    if dated:
        st.date = when.find_dates(dated[0])[0].resolve(order)
        st.date_basis = "stated" if st.date else ""
    return st
