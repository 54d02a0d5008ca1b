"""A podcast's episode page (the current episode, then `Other episodes`): each episode closes with
its date and length on a line of their own (`10 giu 2025 - 21 min`, `Mar 9, 2026 · 19 min`). One
item per episode, dated by that line: in the list each title is printed twice (the card's heading
and its link's text), which marks where the episode starts; the current episode, printed once, is
titled by the first one-line paragraph after the page's last block of several lines (its nav) above
the episode's text, its dek and description its body. A credit line (`di A e B`, `by A and B`), the
listening links and the page's own lines between episodes are left out and counted."""
from __future__ import annotations

import re

from .. import when
from ..lang import language
from ..model import Context, Parsed, Story, is_prose

_CLOSING = re.compile(r"^(?P<day>\S.{4,30}?)\s*[-–—·•|]\s*\d{1,3}\s*(?:min|mins|minutes|minuti|minutos|minuten|Min)\.?$")
_CREDIT = re.compile(r"^(?:di|by|von|par|por|de|door)\s+[A-ZÀ-Ý]\S*(?:\s+\S+){0,7}$")
_LEAST = 2


def read(lines: list[str], ctx: Context) -> Parsed | None:
    ends = [k for k, l in enumerate(lines) if _day(l.strip())]
    if len(ends) < _LEAST:
        return None
    stories, start = [], 0
    for k in ends:
        st = _episode(lines, start, k)
        if st is None:
            return None   # (an episode with no title found: some other page, read by its lines' evidence)
        stories.append(st)
        start = k + 1
    kept = sum(1 + len(st.paras) for st in stories) + len(ends)
    left = sum(1 for l in lines if l.strip()) - kept
    notes = [f"left out: {left} line(s) of the podcast's page (nav, listening links, credits)"] if left > 0 else []
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(lines)))


def _day(text: str):
    m = _CLOSING.match(text)
    found = when.find_dates(m["day"]) if m else []
    if not found or found[0].start > 0 or found[0].year is None:
        return None
    return found[0].resolve(None)


def _episode(lines: list[str], start: int, end: int) -> Story | None:
    region = [(n, lines[n].strip()) for n in range(start, end)]
    filled = [(n, s) for n, s in region if s]
    twice = next((i for i in range(len(filled) - 1) if filled[i][1] == filled[i + 1][1]
                  and len(filled[i][1].split()) >= 3), None)
    if twice is not None:
        head, rest = filled[twice], filled[twice + 2:]
    else:
        at = _current_title(region)
        if at is None:
            return None
        head, rest = filled[at], filled[at + 1:]
    body = [s for _, s in rest if not _CREDIT.match(s)]
    if not body:
        return None
    return Story(line=head[0] + 1, paras=body, title=head[1], date=_day(lines[end].strip()), date_basis="stated")


def _current_title(region: list[tuple[int, str]]) -> int | None:
    """The index (among the region's filled lines) of the first one-line paragraph after the last
    paragraph of several lines above the episode's first long line."""
    paras, cur = [], []
    for n, s in region + [(None, "")]:
        if s:
            cur.append(s)
        elif cur:
            paras.append(cur)
            cur = []
    first_prose = next((i for i, p in enumerate(paras) if any(is_prose(s) for s in p)), None)
    if first_prose is None:
        return None
    before = paras[:first_prose]
    last_block = max((i for i, p in enumerate(before) if len(p) > 1), default=-1)
    title = next((i for i in range(last_block + 1, len(before)) if len(before[i]) == 1), None)
    if title is None or before[title][0].endswith(".") or len(before[title][0].split()) > 20:
        return None
    return sum(len(p) for p in paras[:title])
