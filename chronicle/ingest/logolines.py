"""An outlet's logo, copied as its alternative text ('The Guardian logo', 'Logo: BBC News'), over
each item of a media-coverage page: the line names the item's outlet. Two or more such lines on a
page are read as the names alone (a raw pre-pass in run.parse: one line for one line, so line
numbers stay the file's), which the outlet readers then take as an outlet line of its own (a blank
line where the name follows on the next line, 'Logo Le Monde' / 'Le Monde'); a lone
'… logo' line is left as written (a caption, a sponsor's mark)."""
from __future__ import annotations

import re

_NAME = r"[\w&+'’.-][\w&+'’. -]{1,48}?"
_LOGO = re.compile(rf"^\s*(?:(?P<a>{_NAME})(?:\s+|-)(?:logo|logotipo|logotype)|(?:logo|logotipo)\s*(?::|de|di|von|du|of)?\s+(?P<b>{_NAME}))\s*$",
                   re.I)
_LEAST = 2


def named(lines: list[str]) -> list[str]:
    found = {k: m["a"] or m["b"] for k, line in enumerate(lines) if "ogo" in line and len(line) <= 60
             for m in [_LOGO.match(line)] if m and (m["a"] or m["b"])[:1].isupper()}
    if len(found) < _LEAST:
        return lines
    # (where the name follows on the next line, 'Logo Le Monde' / 'Le Monde', the logo's line is blank)
    return [("" if k + 1 < len(lines) and lines[k + 1].strip() == found[k].strip() else found[k].strip())
            if k in found else line for k, line in enumerate(lines)]
