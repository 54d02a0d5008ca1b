"""A table pasted among a page's other items whose header names its columns ('| Fecha | Tipo |
Asunto | Nº registro |', '| Date | Subject | Ref |'): a company's filings to its regulator, a
ministry's circulars, over a rule and a row for each. The page's other lines are items too (press
notes under the table), so the page is no table for records.py; read line by line, each row was a
headline made of all its cells ('27/11/2026 | Otra información relevante | Redeia comunica … |
38214'). Each row becomes its headline closed by its date ('Redeia comunica … | 27/11/2026', a
headline line that dates itself), the columns named as records.py names them; the header and the
rule are page furniture. A header naming its dates and outlets but not its headlines ('| Date | State |
What happened | Source |') has them in its unnamed column of phrases; a row's outlet goes under
it ('(Detroit Free Press)'). (Headline first: a date line of its own would go above or below it as the
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
        body = []
        for j in range(k + 1, len(lines)):
            cells = _cells(lines[j]) if lines[j].strip()[:1] == "|" else []
            if len(cells) != len(roles):
                break
            body.append((j + 1, cells))
        if "title" not in roles and sum(1 for r in roles if r) >= 2:
            roles = records._unnamed_title([cells for _, cells in body], roles)   # ('| Date | State | What happened | Source |')
        if "title" not in roles or not body:
            continue
        title, date, source = (roles.index(r) if r in roles else -1 for r in ("title", "date", "source"))
        out |= {k: [], k + 1: []} | {no: _row(cells, title, date, source) for no, cells in body}
    return out


def _row(cells: list[str], title: int, date: int, source: int) -> list[str]:
    """The lines a row is read as: a list's item, its headline closed by its date ('• Headline |
    27/11/2026'); when the table names the row's outlet, the headline line without the list's
    mark and the outlet in brackets under it, as a page prints an item's outlet ('(Detroit Free
    Press)'; closing the headline line, an outlet the built-in list lacks was not read as one)."""
    head = " | ".join(cells[i] for i in (title, date) if i >= 0 and cells[i])
    return [head, f"({cells[source]})"] if source >= 0 and cells[source] else ["• " + head]
