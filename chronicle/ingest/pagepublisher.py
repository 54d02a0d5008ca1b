"""The institution whose own news page a digest is (issue 14): a regulator's announcements, an
election commission's press notes, a statistics office's releases, a parliament's press room. Such
a page names itself in its masthead ('Ontario Energy Board', 'Election Commission of India',
'Statistisches Bundesamt (Destatis)') and rarely again in each item ('The Board today announced
…', 'Commission reviews poll preparedness …'); every item is that body's news, and a reader browses
it under the body's name, as the labellers of such pages tag it. The name becomes a page label of
each item (compose.py), spelled as the vocabulary spells it when the vocabulary knows it.

A news outlet's masthead ('The Irish Times') and a university's ('University of Galway': its
news is its researchers' findings, which readers browse by subject) are no such institution."""
from __future__ import annotations

import re

from .outletlist import is_known
from .pageplaces import country_of

_MASTHEAD_LINES, _MASTHEAD_WORDS = 4, 10
# a line of figures or a menu row (cells apart by wide gaps), as pageplaces' masthead
_NO_NAME = re.compile(r"\d|\S(?:\s{2,}|\t)\S.*\S(?:\s{2,}|\t)\S")
# what makes a name an institution's: a body of state, a regulator, a court, a central bank, an
# agency, a market or grid operator, an election observation mission, a trade union (English,
# German, French, Spanish, Italian, Dutch, Portuguese)
_BODY = re.compile(
    r"(?i)\b(?:board|commission|commissioner|ministry|department|agency|authority|regulator|office|bureau|court|"
    r"operator|observation mission|trade unions?|syndicats?|sindicatos?|sindacat[oi]|vakbond(?:en)?|"   # (a grid's operator, an EU EOM, a union)
    r"tribunal|parliament|assembly|senate|congress|council|reserve bank|central bank|national bank|"
    r"ministerium|bundesamt|landesamt|amt|behörde|agentur|kommission|gericht|bundesgericht|landtag|bundestag|"
    r"bundesrat|nationalrat|senat|rat|bundesbank|ministère|ministere|commission|autorité|autorite|cour|"
    r"conseil|assemblée|assemblee|sénat|banque|ministerio|comisión|comision|autoridad|tribunal|congreso|"
    r"ayuntamiento|consejería|consejeria|ministero|commissione|autorità|autorita|corte|consiglio|camera|"
    r"regione|comune|banca|ministerie|autoriteit|rechtbank|gemeente|tweede kamer|ministério|comissão|"
    # a prefect, an ombudsman, a data protection or consumer body, a chamber ('Préfet de la Gironde',
    # 'Garante per la protezione dei dati personali', 'Verbraucherzentrale NRW', 'Dublin Chamber')
    r"préfecture|prefecture|préfet|prefet|ombudsman|garante|defensor|médiateur|verbraucherzentrale|chamber)\b"
    # German compounds: 'Bundesministerium', 'Umweltbundesamt', 'Landeskriminalamt', 'Stadtrat'
    r"|\w(?:ministerium|amt|behörde|gericht|kommission|agentur|anstalt|stadtrat|gemeinderat|gewerkschaft)\b")
# not a body of state: schools, research and the press
_NOT_A_BODY = re.compile(r"(?i)\b(?:universit\w*|college|school|institut\w*|hochschule|academy|akademie|"
                         r"news|times|post|daily|zeitung|journal|gazette|herald|tribune|radio|tv|"
                         r"broadcasting|magazine|newsletter|blog|podcast)\b")
# 'Official Website of Reserve Bank of India', 'Welcome to the …'
_PREFIX = re.compile(r"(?i)^(?:from:\s*|(?:the\s+)?official\s+(?:web\s*site|site|page)\s+of\s+(?:the\s+)?|"
                     r"welcome\s+to\s+(?:the\s+)?|site\s+officiel\s+d[eu]\s+(?:la\s+|l['’])?)")
# a masthead's parts: a bilingual name ('Scottish Parliament | Pàrlamant na h-Alba'), a page
# title after a dash ('Court of Justice of the European Union – Press releases')
_PARTS = re.compile(r"\s+[|–—·]\s+|\s+-\s+")
_PARENS = re.compile(r"\s*\(([^()]{2,40})\)\s*$")
# the words of a name: capitalised, or small words between them ('of', 'für', 'della')
_SMALL = frozenset("of for and the on de del della delle dei di du des la le el y e et und für fur der des "
                   "van voor het do da".split())


def page_publisher(text: str, tagger) -> str:
    """The institution the page is the own news page of: its vocabulary slug, or its name as
    written; "" on any other page."""
    lines = [line.strip() for line in text.splitlines()[:40] if line.strip()][:_MASTHEAD_LINES]
    for line in lines:
        if len(line.split()) > _MASTHEAD_WORDS or _NO_NAME.search(line):
            continue
        for part in _PARTS.split(re.sub(r"\s*<[^<>@\s]+@[^<>\s]+>\s*$", "", line)):   # ('From: Dublin Chamber <news@…>')
            found = _institution(_PREFIX.sub("", part.strip()), tagger)
            if found:
                return found
    return ""


def _institution(part: str, tagger) -> str:
    """part's institution: the vocabulary's organisation it names, or a name that reads as one."""
    m = _PARENS.search(part)
    bare = part[:m.start()].strip() if m else part
    if not _BODY.search(bare) or _NOT_A_BODY.search(bare) or is_known(bare):
        return ""
    for candidate in (part, bare, m.group(1) if m else ""):
        slug = tagger.topic_for(candidate) if candidate else None
        if slug:   # a known body ('Destatis'), never a place or a theme the line happens to name
            return slug if _organisation(slug, tagger) else ""
    words = bare.split()
    # (capitalised words, or a body's word heading a name in sentence case, a preposition after it:
    # 'Garante per la protezione dei dati personali'; not a headline, 'Council approves a cycle lane')
    named = all(w[:1].isupper() or w.lower() in _SMALL for w in words) or words[0][:1].isupper() \
        and bool(_BODY.match(words[0])) and len(words) > 2 and words[1].lower() in _SMALL | {"per", "pour", "para", "por", "zur", "zum"}
    return bare if 2 <= len(words) <= 10 and named else ""


def _organisation(slug: str, tagger) -> bool:
    return slug in tagger.proper and slug not in tagger.lands and country_of(slug) is None


def initials(name: str) -> str:
    """The slug of a body's initials ('Ontario Energy Board' -> 'oeb', 'Election Commission of
    India' -> 'eci'): an item that names the body by them is tagged with its name only."""
    letters = [w[0] for w in name.split() if w[:1].isupper() and w.lower() not in _SMALL]
    return "".join(letters).lower() if len(letters) >= 2 else ""
