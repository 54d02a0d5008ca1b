"""A note's own metadata block at the top of a pasted page ('---' / 'title: Veille climat' /
'tags:' / '  - climat' / '---', as Obsidian, Jekyll and Hugo files open): the note's fields, no
item. Read as blank lines (a raw pre-pass in run.parse: one line for one line, so line numbers
stay the file's); the note's title is printed again under it as a heading where it matters."""
from __future__ import annotations

import re

_FIELD = re.compile(r"^(?:[\w-]{1,30}\s*:(?:\s.*)?|\s+-\s.*|\s*)$")
_MOST = 40


def blanked(lines: list[str]) -> list[str]:
    if not lines or lines[0].strip() != "---":
        return lines
    end = next((k for k in range(1, min(len(lines), _MOST)) if lines[k].strip() == "---"), 0)
    if end < 2 or not all(_FIELD.match(l) for l in lines[1:end]) or not any(":" in l for l in lines[1:end]):
        return lines
    return [""] * (end + 1) + lines[end + 1:]
