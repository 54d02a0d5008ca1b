"""One article per line with delimited fields ('date | outlet | title', tabs, ' – ', pasted '|'
tables), with or without a header row, or in fixed-width columns under a header (fixedcols.py). Without one, each column's role is read from its values:
dates, web addresses, outlet names (known or repeated), and the title (the longest text)."""
from __future__ import annotations

import re
from collections import Counter

from .. import when
from ..lang import language
from ..model import Context, Parsed, Story
from ..outlets import Outlets
from .columndates import column_date, day_month, says_newest_first, yearless_order
from . import fixedcols
from .fieldsep import shared_separator
from .leadingdates import split_leading_dates

DELIMS = ("\t", " | ", " – ", " — ", " ; ", ";")
_RULE = re.compile(r"^[\s|:+=-]+$")
_URL = re.compile(r"^https?://\S+$")
NAMES = {
    "title": "title headline titel überschrift schlagzeile titre título titulo titular titolo kop manchete",
    "date": "date datum fecha data published day tag jour",
    "source": "source outlet quelle fuente fonte publication medium media média medio mezzo testata journal zeitung veículo veiculo",
    "url": "url link lien enlace",
    "body": "summary body text description teaser zusammenfassung résumé resumen sommario excerpt extract snippet "
            "abstract lead auszug extrait chapeau extracto entradilla estratto contenuto contenu contenido inhalt",
    "tags": "tags category categories topics themen schlagwörter etiquetas etichette étiquettes labels trefwoorden "
            "section rubrik ressort rubrique sección seccion sezione rubriek secção",
}
ROLE_OF = {w: role for role, words in NAMES.items() for w in words.split()}
# A database's page-name column (Notion, Airtable: 'Name', 'Nom', 'Nombre', 'Nome') is the title, as
# a header only: a 'Name: …' line elsewhere is a person's
_HEADER_ROLE = {**ROLE_OF, **dict.fromkeys(("name", "nom", "nombre", "nome"), "title")}
# a list of press notes, circulars or letters names its headlines' column 'Subject' ('Betreff', 'Objet',
# 'Oggetto', 'Asunto', 'Assunto', 'Onderwerp') and its dates' 'Dated' ('Datiert', 'Daté'), as a header
# only: a 'Subject:' line elsewhere is an e-mail's
_HEADER_ROLE |= {**dict.fromkeys(("subject", "betreff", "objet", "oggetto", "asunto", "assunto", "onderwerp"), "title"),
                 **dict.fromkeys(("dated", "datiert", "daté", "datato", "fechado"), "date")}


# The last page found to hold no records (compared whole: no hash can collide): detection and
# reading both ask of the page (0.025 s a time for the 1 MB digest's 21,018 lines), and most pages hold none.
_NO_ROWS: list = [None]


def rows_of(lines: list[str]) -> tuple[list[int], list[list[str]]] | None:
    """(line numbers, field lists) when most non-blank lines are records with one delimiter."""
    key = tuple(lines)
    if _NO_ROWS[0] == key:
        return None
    found = _rows_of(lines)
    if found is None:
        _NO_ROWS[0] = key
    return found


def _rows_of(lines: list[str]) -> tuple[list[int], list[list[str]]] | None:
    content = [(n, l.strip()) for n, l in enumerate(lines, 1) if l.strip() and not _RULE.match(l)]
    if len(content) < 2:
        return None
    if all(l.startswith("|") and l.endswith("|") for _, l in content):
        content = [(n, l.strip("|").strip()) for n, l in content]
    for delim in DELIMS:
        split = "|" if delim == " | " else delim
        if sum(1 for _, l in content if split in l) < 0.8 * len(content):
            continue   # (cheap test first: most pages have no delimiter on most lines)
        counts = Counter(l.count(split) for _, l in content)
        (count, many), = counts.most_common(1)
        least = 2 if delim.strip() in ("–", "—") else 1   # one dash is a dateline or a headline's own
        if count >= least and many >= max(2, 0.8 * len(content)):
            rows = [(n, [f.strip() for f in l.strip().split(split)]) for n, l in content]
            rows = [(n, r) for n, r in rows if len(r) == count + 1]
            return [n for n, _ in rows], [r for _, r in rows]
    split = shared_separator([l for _, l in content])   # a separator of the list's own ('date ~ outlet ~ title')
    if split is None:
        return fixedcols.rows(lines, _header_role)   # ('DATE   SOURCE   HEADLINE': cells at the header's places)
    count = Counter(l.count(split) for _, l in content).most_common(1)[0][0]
    rows = [(n, [f.strip() for f in l.split(split)]) for n, l in content if l.count(split) == count]
    return [n for n, _ in rows], [r for _, r in rows]


def read(lines: list[str], ctx: Context, newest: bool | None = None) -> Parsed | None:
    """newest: the page says its list runs newest first (fieldrows.py passes what its other lines say)."""
    found = rows_of(lines)
    if found is None:
        return None
    nos, rows = found
    rows = split_leading_dates(rows, _HEADER_ROLE.get)   # '[13 Apr] The Hindu | Headline'
    # the lines that are no row of the table (one delimiter more or less: a '|' in a title) were
    # left out without a word
    kept = set(nos)
    odd = [f"line {n} '{l.strip()[:40]}'" for n, l in enumerate(lines, 1)
           if l.strip() and not _RULE.match(l) and n not in kept]
    head = [_header_role(f) for f in rows[0]]
    named = sum(1 for r in head if r) >= 2
    if named and ("title" in head or "body" in head or "title" in _unnamed_title(rows[1:], head)):
        roles, nos, rows = head, nos[1:], rows[1:]
        if "title" not in roles and "body" not in roles:   # neither named: the phrases are the headlines
            roles = _unnamed_title(rows, roles)
        if "body" not in roles:   # an unnamed column of longer text than the titles' is their text
            roles = _unnamed_body(rows, roles)
        if "title" not in roles:   # a header in words not listed: the headlines' column by its values
            roles = _unnamed_title(rows, roles)
        roles = _unnamed_by_values(rows, roles)
    else:
        roles = _roles(rows)
    if "title" not in roles and "body" not in roles:
        return None
    lang = language("\n".join(lines))
    cells = [_field(r, roles, "date") for r in rows]
    order = when.decide_order([f for c in cells for f in when.find_dates(c)], lang, ctx.captured) or yearless_order(cells, lang, ctx.captured, says_newest_first(lines) if newest is None else newest)
    stories = [_story(no, r, roles, order, ctx.captured) for no, r in zip(nos, rows)]
    notes = [f"left out, not {len(roles)} fields as the table's rows: {', '.join(odd)}"] if odd else []
    return Parsed("generic", [s for s in stories if s.paras], notes=notes)


def _header_role(cell: str) -> str | None:
    """A header cell's role: its name ('Date', '**Titel**:'), or the name it starts with in a
    header written as a key ('(date ~ outlet ~ headline; newest first)')."""
    key = cell.lower().strip(" :*()[]")
    return _HEADER_ROLE.get(key) or _HEADER_ROLE.get(re.split(r"[;,(—–]", key)[0].strip())


def _field(row: list[str], roles: list, role: str) -> str:
    return next((v for v, r in zip(row, roles) if r == role and v), "")


def _value_role(col: tuple, outlets: Outlets) -> str | None:
    """A column's role read from its values: dates, web addresses or outlet names (known, or short
    and repeated)."""
    filled = [v for v in col if v]
    if not filled:
        return None
    if sum(1 for v in filled if _is_date(v)) >= 0.6 * len(filled):
        return "date"
    if sum(1 for v in filled if _URL.match(v)) >= 0.6 * len(filled):
        return "url"
    if sum(1 for v in filled if outlets.is_outlet(v)) >= 0.5 * len(filled) or (
            len(set(filled)) < len(filled) and max(len(v.split()) for v in filled) <= 4):
        return "source"
    return None


def _unnamed_by_values(rows: list[list[str]], roles: list) -> list:
    """Roles from a header row that leaves a column unnamed or names it in words not listed
    ('date ~ headline ~ seen in'): its values decide, when no other column has that role."""
    outlets = Outlets()
    roles = list(roles)
    for k, col in enumerate(zip(*rows)):
        role = None if roles[k] else _value_role(col, outlets)
        if role and role not in roles:
            roles[k] = role
    return roles


def _roles(rows: list[list[str]]) -> list:
    cols = list(zip(*rows))
    outlets = Outlets()
    roles: list = [_value_role(col, outlets) for col in cols]
    rest = [k for k in range(len(cols)) if roles[k] is None and not _codes(cols[k])]
    if rest:
        longest = sorted(rest, key=lambda k: -sum(len(v) for v in cols[k]))
        roles[longest[0]] = "title"
        # (the second column the titles when the first is their text, sentences: not a column of
        # labels or notes beside a header-less sheet's headlines, 'adaptation finance', 'paywalled')
        if len(longest) > 1 and sum(len(v) for v in cols[longest[0]]) > 2 * sum(len(v) for v in cols[longest[1]]) \
                and _sentences(cols[longest[0]]) and _phrases(cols[longest[1]], len(rows)):
            roles[longest[0]], roles[longest[1]] = "body", "title"
    return roles


def _sentences(col: tuple) -> bool:
    """Most filled values are sentences: they end as one, or run to twenty words."""
    filled = [v for v in col if v]
    return bool(filled) and sum(1 for v in filled if v.rstrip()[-1:] in ".!?…\"”" or len(v.split()) >= 20) >= 0.6 * len(filled)


def _phrases(col: tuple, rows: int) -> bool:
    """Most rows hold a phrase of three words or more: headlines, not labels nor notes left empty."""
    return sum(1 for v in col if len(v.split()) >= 3) >= 0.6 * rows


def _codes(col: tuple) -> bool:
    """A column of numbers or reference codes ('1', 'ECI/PN/214/2026', 'BAV-2026-088'): one word
    holding a digit in every filled row, no headline's."""
    filled = [v for v in col if v]
    return bool(filled) and all(" " not in v and any(c.isdigit() for c in v) for v in filled)


def _unnamed_body(rows: list[list[str]], roles: list) -> list:
    """Roles from a header row that names no text column ('Anteprima', 'Snippet 2'): the unnamed
    column of sentences (eight words or more in most rows) longer than the titles is the text."""
    if not rows:
        return roles
    cols = list(zip(*rows))
    title = sum(len(v) for v in cols[roles.index("title")]) if "title" in roles else 0
    rest = [k for k, r in enumerate(roles) if r is None and sum(1 for v in cols[k] if len(v.split()) >= 8) >= 0.6 * len(rows)]
    longest = max(rest, key=lambda k: sum(len(v) for v in cols[k]), default=None)
    if longest is not None and sum(len(v) for v in cols[longest]) > title:
        roles = [*roles[:longest], "body", *roles[longest + 1:]]
    return roles


def _unnamed_title(rows: list[list[str]], roles: list) -> list:
    """Roles from a header row that names the text, or other columns, but not the headlines
    ('Titular', 'Kop' in a language not listed; 'What happened'): the unnamed column of phrases (three words or more in most rows, no
    list of comma-separated labels, no date) shorter than the text is the title."""
    cols = list(zip(*rows))
    # (no text column: the headlines' is the one with the most text, '| Date | State | What happened | Source |')
    body = sum(len(v) for v in cols[roles.index("body")]) if "body" in roles else float("inf")

    def phrases(col: tuple) -> bool:
        filled = [v for v in col if v]
        return bool(filled) and sum(1 for v in filled if len(v.split()) >= 3 and "," not in v[:-1]
                                    and not _is_date(v)) >= 0.6 * len(col)

    rest = [k for k, r in enumerate(roles) if r is None and phrases(cols[k]) and sum(len(v) for v in cols[k]) < body]
    longest = max(rest, key=lambda k: sum(len(v) for v in cols[k]), default=None)
    return roles if longest is None else [*roles[:longest], "title", *roles[longest + 1:]]


def _is_date(text: str) -> bool:
    if day_month(text):
        return True   # ('5/19': a link list's day without its year, read in the column's order)
    found = when.find_dates(text)
    return bool(found) and len(re.sub(r"[\W\d_]+", "", text[:found[0].start] + text[found[-1].end:])) <= 3


def _story(no: int, row: list[str], roles: list, order: str | None, captured) -> Story:
    title, body = _field(row, roles, "title"), _field(row, roles, "body")
    st = Story(line=no, paras=[body or title], title=title,
               source=_field(row, roles, "source"), url=_field(row, roles, "url"))
    st.date, st.date_basis = column_date(_field(row, roles, "date"), order, captured)
    tags = _field(row, roles, "tags")
    st.labels = [t.strip() for t in re.split(r"[,;/]", tags) if t.strip()]
    return st
