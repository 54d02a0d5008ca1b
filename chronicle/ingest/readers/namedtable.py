"""A table pasted among a page's other items whose header names its columns ('| Fecha | Tipo |
Asunto | Nº registro |', '| Date | Subject | Ref |'): a company's filings to its regulator, a
ministry's circulars, over a rule and a row for each. The page's other lines are items too (press
notes under the table), so the page is no table for records.py; read line by line, each row was a
headline made of all its cells ('27/11/2026 | Otra información relevante | Redeia comunica … |
38214'). Each row becomes its headline closed by its date ('Redeia comunica … | 27/11/2026', a
headline line that dates itself), the columns named as records.py names them; the header and the
rule are page furniture. (Headline first: a date line of its own would go above or below it as the
page's other items have theirs.)"""
from __future__ import annotations

from . import records

_RULE_CHARS = set("|-:+ ")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def rows(lines: list[str]) -> dict[int, list[str]]:
    """Line number (1-based) -> the lines it is read as: [] for a header or a rule (furniture), the
    headline and its date for a row; only for a '|' table whose header names a title column."""
    out: dict[int, list[str]] = {}
    for k, line in enumerate(lines[1:], 1):
        s = line.strip()
        if not (s[:1] == "|" and "-" in s and set(s) <= _RULE_CHARS) or "|" not in lines[k - 1]:
            continue
        roles = [records._header_role(c) for c in _cells(lines[k - 1])]
        if "title" not in roles:
            continue
        title, date = roles.index("title"), roles.index("date") if "date" in roles else -1
        found = {}
        for j in range(k + 1, len(lines)):
            cells = _cells(lines[j]) if lines[j].strip()[:1] == "|" else []
            if len(cells) != len(roles):
                break
            found[j + 1] = ["• " + " | ".join(c for c in (cells[title], cells[date] if date >= 0 else "") if c)]
        if found:
            out |= {k: [], k + 1: []} | found
    return out
