"""A table pasted among a page's items ('| Index | Close | Week |' / '|---|---|' / rows): its header
row, right above the Markdown rule, names columns and is no item; a row of figures ('NSE 20 |
2,311.05 | +0.9% | +14.2%', an index table's) is data, no article. A row of words under the rule
('18/09/2026 | KenGen | Board approves …') stays an item. Marked as furniture, in place. (Only a
line that opens with '|' and holds nothing but rule characters starts a look: a literal test first.)"""
from __future__ import annotations

import re

from ..lines import Line

_RULE_CHARS = set("|-:+ ")
_FIGURE = re.compile(r"^[+\-−±]?[$€£]?\d[\d.,' ]*(?:%|pts?|bp)?$")


def _rule(l: Line) -> bool:
    return l.text[:1] == "|" and "-" in l.text and set(l.text) <= _RULE_CHARS


def mark(ls: list[Line]) -> int:
    """Mark header rows and rows of figures of pasted tables as furniture; how many."""
    n = 0
    for i, l in enumerate(ls):
        if not _rule(l):
            continue
        if i and ls[i - 1].gap == l.gap == 0 and "|" in ls[i - 1].text:
            ls[i - 1].kind, ls[i - 1].section = "furn", False
            n += 1
        for r in ls[i + 1:]:
            if r.gap or "|" not in r.text:
                break
            cells = [c.strip() for c in r.text.strip("| ").split("|")]
            if sum(1 for c in cells if _FIGURE.match(c)) * 2 >= len(cells):
                r.kind, r.section = "furn", False
                n += 1
    return n
