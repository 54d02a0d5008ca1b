"""The group lines of a feed reader's tree: a folder's or a feed's name with the count of unread
items under it ('▾ Le Monde (2)', '▸ Tech (0)', '  Les Echos (12)'), nested by their indent. Two
or more on a page make a tree. They head the items below them, so they are no items (marked as
section headings, and reported as such); a feed's name that is an outlet is the outlet of each
item under it, down to the next group line at its depth or above. Read wrongly, each folder
became an article with its first feed's line as text, and no item had an outlet."""
from __future__ import annotations

import re

from ..lines import Line
from ..outlets import Outlets

_ARROWS = "▾▸▼►▶▷▽▿"   # a folder's arrow (which lines.MARKER may also take for a bullet)
_GROUP = re.compile(r"^(?:[▾▸▼►▶▷▽▿]\s*)?(?P<name>[^\W\d][^()]{0,60}?)\s*\((?P<n>\d{1,5})\)$")
_LEAST = 2


def mark(ls: list[Line], outlets: Outlets) -> int:
    """Mark the group lines in place (their outlet, when their name is one); how many there were."""
    found = [(l, m["name"]) for l in ls for m in [_GROUP.match(l.text) if l.text[-1:] == ")" else None]
             if m and l.kind in ("head", "outlet") and (not l.marker or l.marker in _ARROWS)]
    if len(found) < _LEAST:
        return 0
    for l, name in found:
        l.kind, l.section, l.labels = "labels", True, []
        l.outlet = name if outlets.is_outlet(name) else ""
    return len(found)


def running(ls: list[Line], starts: list[int]) -> dict[int, str]:
    """Item start index -> the outlet of the feed it is listed under ('' under none)."""
    out: dict[int, str] = {}
    nest: list[Line] = []   # the group lines open above the current line, shallowest first
    wanted = set(starts)
    for i, l in enumerate(ls):
        if l.kind == "labels" and l.section:
            nest = [g for g in nest if g.indent < l.indent] + [l]
        if i in wanted:
            out[i] = next((g.outlet for g in reversed(nest) if g.outlet), "")
    return out
