"""The rows of a delimited list or a pasted table among a page's other lines: a shared doc's link
log under its title and a line naming the fields ('Format: headline // outlet // date // note',
'(date ~ outlet ~ headline; newest first)'), a table pasted into an e-mail between a greeting and a
signature ('+---+' and '|' borders of psql, MySQL and Emacs org, Markdown's '|---|', tab-separated
cells). records.py reads a page that is all rows; this finds the rows inside one: the longest run
of lines sharing a separator (one to three punctuation characters standing alone, a '|' cell
border, a tab) the same number of times, holding half the page's text or more, one row an item. Its fields are named by the header row
or the line naming them above the rows (in any wording of records.NAMES, a 'note' being the
item's text), else by their values; empty fields stay empty. The rows are handed to records.read,
the page's other lines left out with a note."""
from __future__ import annotations

import re
from collections import Counter

from .. import gluedmeta
from ..model import Context, Parsed
from . import records
from .columndates import says_newest_first

# A separator: punctuation standing alone ('//', '~', '|', '::', '>>'), but none that prose or a
# headline uses standing alone (dashes, ellipses, quotes, brackets, and French typography's spaced
# ': ; ! ?'); tabs are counted apart. A bullet opening the line is no separator (its text follows).
_SEP = re.compile(r"(?<=\s)[^\w\s]{1,3}(?!\S)")
_PROSE = re.compile(r"^(?:[-–—.…,:;!?'\"«»()\[\]{}*&%°•·]|\.\.\.?|--|…+)$")
# a list's marker: no part of the row's first field (a number is not taken: '12. Mai | …' is a date)
_BULLET = re.compile(r"^\s*[-*+•▪◦‣⇒→►▶➤▸▹➔]\s+")
_RULE = re.compile(r"^[\s|:+=-]+$")   # a table's border or a heading's underline
# a middle dot or bullet between fields ('27 Nov 2026 · Reuters · Headline'): a list's columns only
# when nearly every row has a date among them, as a feed reader's card line has an age ('· 2h')
_DOTS = ("·", "•")
_MIN_ROWS = 3             # rows in the run, a header row among them
_SHARE = 0.5              # of the page's text in the rows: a list, not a few lines of one in prose
# a field naming its column in words records.NAMES does not list: the links' notes are their text
_MORE_NAMES = dict.fromkeys("note notes notiz notizen comment comments kommentar remarque commentaire nota notas "
                            "comentario commento".split(), "body") | dict.fromkeys(   # a date column named by its form
    "m/d d/m mm/dd dd/mm m/d/y d/m/y mm/dd/yyyy dd/mm/yyyy yyyy-mm-dd d.m. dd.mm. dd.mm.yyyy".split(), "date")
_CANON = {"title": "title", "date": "date", "source": "source", "url": "url", "body": "summary", "tags": "tags"}


def _cells(line: str) -> tuple[str, str] | None:
    """(separator, text to split) of one line: a '|'-bordered row's inner cells split at '|'."""
    s = line.strip()
    if len(s) > 2 and s[0] == s[-1] == "|":
        return "|", s[1:-1]
    return None


def _keys(line: str) -> set[tuple[str, int]]:
    """The (separator, count) pairs one line could be a row of."""
    cells = _cells(line)
    if cells:
        return {(cells[0], cells[1].count("|"))} if "|" in cells[1] else set()
    tabs = line.strip(" \r\n").count("\t")   # (an empty first or last cell is a tab at the end)
    keys = {("\t", tabs)} if tabs else set()
    # (a closing guillemet on a line without its opening one is a breadcrumb's: '5/18 » Outlet » …')
    # (a typed double hyphen is a dash in prose, but a list's columns when twice on every row:
    # 'Outlet -- 20.10. -- Headline'; _middle_run takes no mark found once a line)
    found = Counter(t for t in _SEP.findall(f" {line} ") if not _PROSE.match(t) or t == "»" and "«" not in line
                    or t in ("--", "—", "–", *_DOTS))   # (a spaced dash or dot too, twice or more a row: 'titular — medio — fecha')
    return keys | {(t, n) for t, n in found.items()}


def _split(line: str, sep: str) -> list[str]:
    cells = _cells(line)
    if cells:
        return [f.strip() for f in cells[1].split("|")]
    if sep == "\t":
        return [f.strip() for f in line.strip(" \r\n").split("\t")]
    return [f.strip() for f in re.split(r"(?<=\s)" + re.escape(sep) + r"(?!\S)", " " + line.strip() + " ")]


def _size(line: str) -> int:
    """The characters a line adds to the page's text: none for a blank line or a table's border."""
    t = line.strip()
    return 0 if not t or t[0] in "|+-=:" and _RULE.match(t) else len(t)


def _middle_run(lines: list[str], sizes: list[int]) -> tuple[str, list[int]] | None:
    """(separator, line indexes) of the longest run of lines sharing a separator as often that holds
    the page's middle character: rows holding half the page's text or more always do (and so the
    other lines of a long page are never split into fields: most pages hold no list)."""
    half, seen, mid = sum(sizes) / 2, 0, -1
    for mid, size in enumerate(sizes):
        seen += size
        if size and seen >= half:
            break
    if mid < 0 or not sizes[mid]:
        return None
    best: tuple[str, list[int]] | None = None
    for key in _keys(_BULLET.sub("", lines[mid])):
        if key[1] < 2 and key[0] not in ("|", "\t"):
            continue   # (one mark between spaces is a headline's own)
        run = [mid]
        for step in (-1, 1):
            k = mid + step
            while 0 <= k < len(lines) and (not sizes[k] or key in _keys(_BULLET.sub("", lines[k]))):
                if sizes[k]:   # (blank lines and borders between rows are passed over)
                    run.append(k)
                k += step
        if best is None or len(run) > len(best[1]):
            best = (key[0], sorted(run))
    return best


def _named(fields: list[str]) -> list[str] | None:
    """The fields of a line naming the columns, each as records knows its role, or None when the
    line names fewer than two (or not the title or text): then it is a row like the others."""
    roles = []
    for f in fields:
        word = re.sub(r"^[^:]{0,20}:\s*", "", f)   # ('Format: headline')
        m = re.match(r"[\W_]*(\w+)", word)
        name = m[1].lower() if m else ""
        roles.append(_MORE_NAMES.get(word.strip().lower()) or _MORE_NAMES.get(name) or records.ROLE_OF.get(name)
                     or ("title" if name in ("name", "nom", "nombre", "nome") else None))
    if sum(1 for r in roles if r) < 2 or not ({"title", "body"} & set(roles)):
        return None
    return [_CANON[r] if r else f for r, f in zip(roles, fields)]


def read(lines: list[str], ctx: Context) -> Parsed | None:
    sizes = [_size(l) for l in lines]
    found = _middle_run(lines, sizes)
    if found is None or len(found[1]) < _MIN_ROWS or sum(sizes[n] for n in found[1]) < _SHARE * sum(sizes) \
            or gluedmeta.glued_rows([lines[n] for n in found[1]]):   # (results' meta lines glued to their texts)
        return None
    sep, run = found
    rows = {n: _split(_BULLET.sub("", lines[n]), sep) for n in run}
    if sep in _DOTS and sum(1 for r in rows.values() if any(records._is_date(f) for f in r)) < 0.8 * len(rows):
        return None   # (a reader's 'Outlet · Headline — teaser · 2h' cards are items of their own kind: cardfeed)
    header = _named(rows[run[0]])
    if header is not None:
        rows[run[0]] = header
    else:   # a line naming the fields a little above the rows ('format: m/d » outlet » headline', a note between)
        above = next((n for n in range(run[0] - 1, max(-1, run[0] - 4), -1)
                      if sep in lines[n] and _named(_split(lines[n], sep)) is not None), None)
        if above is not None:
            rows[above] = _named(_split(lines[above], sep))
    # the rows alone, at their own line numbers, joined as records reads them ('|' inside a field
    # would be read as one more: it becomes a broken bar)
    masked = [" | ".join(f.replace("|", "¦") for f in rows[n]) if n in rows else "" for n in range(len(lines))]
    parsed = records.read(masked, ctx, newest=says_newest_first(lines))   # ('(newest on top)' in the legend)
    if parsed is None or not parsed.stories:
        return None
    others = [f"line {n + 1} '{l.strip()[:40]}'" for n, l in enumerate(lines) if sizes[n] and n not in rows]
    if others:
        parsed.notes.append(f"left out, not rows of the list: {', '.join(others)}")
    return parsed
