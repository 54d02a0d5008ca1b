"""A line that is the line before it wrapped (a plain-text page, an e-mail, a PDF hard-wrapped at a
fixed width, a list item's text lined up under it): joined to it before the page's lines are
classified (readers/pagelines.py)."""
from __future__ import annotations

import re

from .. import when
from ..lines import BYLINE, MARKER, SEPARATOR, date_only
from ..outlets import site_name, submitted_to
from ..leads import opens_with_date
from . import blankdates, promos
from ..postmeta import submitter_line   # ('por user a eldiario.es': sitenames.py)

_BULLET = re.compile(r"[•●▪]")
_SEPARATOR_FIRST = "-*_=~#•·|"     # what a line SEPARATOR takes starts with, once stripped
_HYPHEN_WORD = re.compile(r"^(?:and|or|und|oder|et|ou|y|o|e|od)\b")   # 'Wind- und Solarstrom' wraps before 'und'
# Words a headline or sentence never ends on (articles, conjunctions, prepositions that are no verb
# particles): a line ending with one goes on in the next ('… creuse son déficit à' / '15 milliards d'euros')
_DANGLING = frozenset("""the a an of and or but from with into than der die das den dem des ein eine einem einen einer eines
und oder von für le la les un une du de à au aux et ou pour par sur dans avec el los las del al y con para il lo gli di
della delle dello dei alla da per en""".split())


def dangling(line: str) -> bool:
    line = line.rstrip()
    if not line[-1:].isalpha() or blankdates.label(line) or promos.credit(line):
        return False   # (most lines end with a stop; 'Publié le' alone is an empty date line, 'sponsorisé par' a logo's)
    tail = line[-12:].rsplit(None, 1)   # ('… je Kilo. Die' / 'Bauernverbände …': a sentence's first word too)
    if len(tail) == 2 and tail[0][-1:].isdigit() and tail[1].isupper():
        return False   # a time zone after a clock time ('Mar 18, 2026, 08:05 ET', '9:30 DE'): no conjunction
    if len(tail) != 2 or not (tail[1] in _DANGLING or len(tail[1]) > 1 and tail[1].lower() in _DANGLING):
        return False
    return tail[1] not in _NOT_ONLY_ARTICLES or not _ends_a_clause(line, tail[1])


# 'an' and 'ein' end German clauses as separable verb particles ('Bahn kündigt neue Verbindungen an',
# 'stellt hundert Azubis ein'), and a French 'an' is a year ('30 euros par an')
_NOT_ONLY_ARTICLES = frozenset({"an", "ein"})
_FRENCH_YEAR = frozenset({"un", "par", "d'un", "d’un", "cet", "nouvel", "chaque", "dernier"})
_GERMAN_LETTERS = re.compile(r"[äöüßÄÖÜ]")
_TITLE_CASE_SMALL = frozenset("a an the of and or but for nor on at to by in with from as vs via into over per up".split())


def _ends_a_clause(line: str, word: str) -> bool:
    """The line's last word, 'an' or 'ein', is no article waiting for its noun: a French year, or a
    German verb's particle, told by German letters or by the noun before it in a line that is not
    in English title case ('Ministers Give EU an' / 'Ultimatum' stays one headline)."""
    words = line.split()
    if len(words) < 3:
        return False
    prev = words[-2]
    if word == "an" and prev.lower() in _FRENCH_YEAR:
        return True
    if _GERMAN_LETTERS.search(line):
        return True
    sentence_case = any(w[:1].islower() and w.lower() not in _TITLE_CASE_SMALL for w in words[1:-1])
    return prev[:1].isupper() and prev.isalpha() and sentence_case


def wrapped_run(lines: list[str], no: int, prev: str, hang: int, width: int) -> tuple[str | None, int]:
    """The line before line `no` (`prev`) with the lines from `no` on that are its text wrapped
    (_continued) joined to it, and the number of the first line that is not; (None, 0) when line
    `no` is not. Joined once: joined line by line, the text was copied whole at each line (40,000
    wrapped lines took 25 s, a million hours)."""
    text = prev.rstrip()
    if "." in text and site_name(text.strip()):
        return None, 0   # a bare domain is an outlet line: 'handelsblatt.com' / 'vor 3 Tagen — …' is no wrapped text
    pieces, size, tail = [text], len(text), text[-_TAIL:]
    for raw in lines[no - 1:]:
        s = raw.strip()
        fill = s and (s[:1].isdigit() or not (hang > 0 or s[:1].islower() or dangling(tail))) and filled(lines, no)
        if not s or s[0] in _SEPARATOR_FIRST and SEPARATOR.match(raw) \
                or not (hang > 0 or s[:1].islower() or dangling(tail) or fill):
            break   # a gap, or (as in _plan) a line neither lined up, nor lowercase, nor after a dangling word
        how = _continued(tail, size, raw, hang, width, fill)
        if how is None:
            break
        cut, piece = how
        pieces[-1] = pieces[-1][:len(pieces[-1]) - cut]
        pieces.append(piece)
        size, tail = size - cut + len(piece), (tail[:len(tail) - cut] + piece)[-_TAIL:]
        no += 1
    return ("".join(pieces), no) if len(pieces) > 1 else (None, 0)


_TAIL = 32   # of a line's end, what _continued reads (12 characters for _dangling)
_LABELLED = re.compile(r"^[^\W\d_][\w.&'’+-]*(?: [\w.&'’+-]+){0,3}: \S")   # a name or kicker and a colon first


def filled(lines: list[str], no: int) -> bool:
    """Line `no` (1-based) goes on the line before it in a paragraph hard-wrapped at a fixed width (a
    plain-text e-mail at 70 columns): that line is long, ends no sentence, and the next line's first
    word would not have fitted on it within the widest line of its block. A headline over its text is
    shorter than that ('UK opens bidding …' / 'The government …': 'The' would have fitted)."""
    prev, s = lines[no - 2].strip() if no >= 2 else "", lines[no - 1].strip()
    if len(prev) < 40 or prev[-1:] in ".!?…:;\"”»)|*_" or not s or _list_item(s):   # ('*Headline*': emphasis)
        return False
    if _LABELLED.match(prev) and _LABELLED.match(s) or prev[:1].isdigit() and s[:1].isdigit() and opens_with_date(prev) and opens_with_date(s):
        return False   # ('Reuters: Oil prices slip …' / 'Bloomberg: Apple …', '2025-04-29T09:12Z  Reuters  …': one item a line)
    sizes = []
    for k in range(no - 1, max(no - 21, 0), -1):   # the block's lines around it (up to 20 each way)
        if not lines[k - 1].strip():
            break
        sizes.append(len(lines[k - 1].strip()))
    for k in range(no, min(no + 20, len(lines) + 1)):
        if not lines[k - 1].strip():
            break
        sizes.append(len(lines[k - 1].strip()))
    width = max(sizes)
    full = sum(1 for n in sizes if n >= 0.75 * width) >= 3
    # a paragraph of two lines: wrapped at the page's width, if it has one, when the line goes on with
    # the end of a sentence ('… Strom für etwa 5.000' / 'Haushalte. Betreiber …'); a teaser under a
    # headline opens a sentence of its own
    if not full and _page_width(lines) >= width and _SENTENCE_END.match(s):
        width, full = _page_width(lines), True
    # (a fixed width is a mail's or a text file's, 60 to 80 columns: pasted web text has longer lines;
    # three of the block's lines fill it: a headline over a one-line text is no wrapped paragraph; the
    # next line is full too, or ends the paragraph's sentence: a short 'Key: value' or outlet line
    # under a long headline is no wrapped text)
    return 60 <= width <= 80 and full and len(prev) >= 0.75 * width \
        and len(prev) + 1 + len(s.split(None, 1)[0]) > width and (len(s) >= 0.75 * width or s[-1:] in ".!?…")


_PAGE: list = [None, 0]   # (the page's lines, the width they are wrapped at) of the last page asked about
_SENTENCE_END = re.compile(r"^(?:\S+\s+){0,2}[^\W\d]{4,}[.!?…]\s+[A-ZÀ-Ý\"“«„]")   # (not 'Mr. Smith': four letters or more)
_COLUMNS = re.compile(r"\S\s{3,}\S")   # a printed page's header in columns ('Pressespiegel      Stadtwerke …')


def _page_width(lines: list[str]) -> int:
    """The width a page of short lines is hard-wrapped at (a PDF's text pasted, a plain-text mail):
    its widest line of 60 to 80 characters when five lines or more fill three quarters of it and
    none is wider (pasted web text has longer lines); else 0."""
    if _PAGE[0] is not lines:
        sizes = [len(s) for s in map(str.strip, lines) if s and not _COLUMNS.search(s)]
        width = max(sizes, default=0)
        _PAGE[:] = [lines, width if 60 <= width <= 80 and sum(1 for n in sizes if n >= 0.75 * width) >= 5 else 0]
    return _PAGE[1]


def _list_item(s: str) -> bool:
    """A list marker opens the line; a bare number is none after a full line ('… von' / '35 Prozent')."""
    m = MARKER.match(s)
    return bool(m) and not m["m"].isdigit()


def _continued(tail: str, size: int, raw: str, hang: int, width: int, fill: bool = False) -> tuple[int, str] | None:
    """How a line goes on the one before (whose text, without its trailing spaces, is `size`
    characters long and ends with `tail`) when it is that line's text wrapped at a fixed width
    (a plain-text page, an e-mail, a PDF): (characters taken off the line before, text added),
    else None. It lines up with the text of the list item above
    ('  • At least 13 people die when a bus' / '    crash with a truck …') after a line as long as the
    page's longest (a headline over its indented text is shorter; a note's '  -> remark' is none), or it goes on in
    lowercase, or after an article or preposition ('… son déficit à' / '15 milliards'), after a
    line that did not end its sentence; a word hyphenated at the break is made whole ('Ener-' /
    'gie')."""
    s, p = raw.strip(), tail
    indent = len(raw) - len(raw.lstrip())
    lined_up = hang > 0 and indent == hang and not MARKER.match(s) and s[:2] not in ("->", ">>") and size >= 0.85 * width \
        and not (p.endswith(")") and s[:1].isupper())   # ('* Headline (Outlet, Apr 24)' / '  The text …': a new line)
    # (a capitalised line much longer than a line ending on such a word opens the text under a
    # headline: 'Werft … stellt hundert Azubis ein' / 'Gesucht werden …', '… del norte y del sur' / 'La …')
    after_word = dangling(p) and not (s[:1].isupper() and len(s) > size + 20)
    lower = (s[:1].islower() or after_word or fill) and p[-1:] not in ".!?…:;\"”»)" \
        and not (_list_item(s) if fill else MARKER.match(s)) and not _BULLET.search(s)
    head = re.split(r"\s[·•|–—]\s|,\s", s, 1)[0].rstrip() if lower and not lined_up else s
    # (at any length, a site's name and a dash before its summary: 'politico.com  —  The markup …')
    if not (lined_up or lower) or lower and not lined_up and (len(s) <= 80 or head != s) and (site_name(head)
                                                                           or len(s) <= 40 and (date_only(s, when.find_dates(s)) or submitted_to(s) or len(s.split()) <= 3 and "," not in s and BYLINE.match(s)) or submitter_line(s)):
        return None   # ('Headline' / 'tagesschau.de', 'la Repubblica · 3 mar', 'por user a elpais.com', 'door ANP' or 'Di, 14. Jan 2025': its outlet, byline or date line)
    if lower and re.search(r"[a-zà-ÿ]-$", p) and not _HYPHEN_WORD.match(s):
        return 1, s
    return 0, " " + s
