"""A blog post's meta lines, as blog engines print them around each post of an archive or a
category page, in English, German, French, Spanish, Italian and Dutch:

- above or below the text, its date and author: 'Posted on 3 March 2025 by A Name',
  'Veröffentlicht am 3. März 2025 von A Name', 'Publié le 3 mars 2025 par A Name', '3 March 2025 by A Name';
- below it, its footer: 'Posted in Water | Tagged drought, rivers | Leave a comment',
  'Filed under Energy · 2 Comments', 'Abgelegt unter Energie | Verschlagwortet mit Strom'.

The first is the item's date line (its author is no outlet); the second its labels, never an item."""
from __future__ import annotations

import re

from . import when
from .outletlist import is_known

_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|van|von|der|den|da|di|del|du|le|la)\s+)?[A-ZÀ-Ý][\w'’.-]*){0,3}"
# what is left of a date line once its dates are blanked
_POSTED = re.compile(r"(?i)^\W*(?:(?:posted|published|written|veröffentlicht|geschrieben|publié|écrit|publicado|escrito|"
                     r"pubblicato|scritto|geplaatst|gepubliceerd)(?:\s+(?:on|am|le|el|il|op))?\s*:?)?\s*,?\s*"
                     r"(?:\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?|Uhr|h)?\s*,?\s*)?"   # (its time: 'Posted On: 20 OCT 2025 4:47PM by …')
                     r"(?:(?:by|von|par|por|da|di|door)\s?:?\s+(?-i:" + _NAME + r"))?\s*[.·|]?\s*$")
_SUBMIT_VERB = re.compile(r"(?i)^(?:submitted|posted|shared|eingereicht|gepostet|geteilt|soumis|posté|partagé|enviado|"
                          r"compartido|inviato|condiviso|ingezonden|gedeeld)\b")
_OPENERS = re.compile(r"(?i)^(?:posted|published|written|veröffentlicht|geschrieben|publié|écrit|publicado|escrito|"
                      r"pubblicato|scritto|geplaatst|gepubliceerd|by|von|par|por|da|di|door)\b")
# one part of a footer: a category or tag clause (what follows is its labels) or a comment count
_CLAUSE = re.compile(r"(?i)^(?:(?:posted|filed|published|veröffentlicht|abgelegt|publié|classé|publicado|archivado|"
                     r"pubblicato|archiviato|geplaatst|gepubliceerd)\s+(?:in|under|unter|dans|en|sous|onder)|"
                     r"tagged(?:\s+with)?|verschlagwortet(?:\s+mit)?|étiqueté|etiquetado(?:\s+con)?|taggato|getagd(?:\s+met)?|"
                     r"(?:tags?|categor(?:y|ies)|kategorien?|schlagw(?:ö|oe)rter|catégories?|étiquettes|mots-clés|"
                     r"categorías?|etiquetas|categorie|categorieën)\s*:)\s*(?P<labels>\S.*)$")
_COMMENTS = re.compile(r"(?i)^(?:leave a (?:comment|reply)|comments? (?:off|closed)|\d+\s+(?:comments?|responses?|replies)|"
                       r"(?:einen )?kommentar (?:hinterlassen|schreiben)|\d+\s+kommentare?|laisser un commentaire|"
                       r"\d+\s+commentaires?|deja un comentario|\d+\s+comentarios?|lascia un commento|\d+\s+comment[io]|"
                       r"(?:laat een )?reactie (?:achter(?:laten)?|plaatsen)|\d+\s+reacties?)\s*[.!]?$")
_PARTS = re.compile(r"\s+[|·•]\s+|\s*\|\s*")


def kind(text: str, dates: list) -> tuple[str, list[str]]:
    """('date', []) for a post's date line, ('labels', its labels) for its footer, else ('', [])
    (`dates`: the dates found in `text`, when.find_dates)."""
    blanked = text
    for f in sorted(dates, key=lambda f: -f.start):
        blanked = blanked[:f.start] + " " + blanked[f.end:]
    if dates and date_line(text, blanked):
        return "date", []
    labels = footer(text) if "|" in text or "·" in text or "•" in text else None
    return ("labels", labels) if labels is not None else ("", [])


def date_line(text: str, blanked: str) -> bool:
    """'Posted on 3 March 2025 by A Name', 'submitted 2 days ago by a_user to r/europe': `blanked`
    is `text` with its dates blanked out."""
    return bool(_OPENERS.match(blanked.lstrip(" ,·|–—-"))) and bool(_POSTED.match(blanked)) or bool(_SUBMITTED.match(blanked))


# the one name after 'By' closing a date line ('15th May 2025 By: News24Wire')
_BY_ONE = re.compile(r"(?i)(?:^|\s)(?:by|von|par|por|da|di|door)\s?:?\s+(?P<name>[^\s,|·]{2,40}"
                     r"|(?-i:[A-Z]{3,5}\s+[A-Z][a-z]+))\s*[.·|]?\s*$")   # (or an agency's bureau: 'by PIB Delhi')
# a name people are never given: a word run into the next at a capital, or with digits ('News24Wire', 'BusinessTech')
_COINED = re.compile(r"^(?!Ma?c[A-Z])[A-Z][a-z]{2,}\d*[A-Z][\w]+$|^[A-Z][A-Za-z]*\d+[A-Za-z\d]*$|^[A-Z]{3,5}\s+[A-Z][a-z]+$")


def agency(text: str, dates: list) -> str:
    """The news agency a post's date line names as its author ('15th May 2025 By: Reuters', 'By:
    News24Wire'): a listed outlet or a coined name, alone after 'By'; '' for a person's name."""
    m = _BY_ONE.search(text, max(0, len(text) - 50))
    name = m["name"] if m and not any(f.end > m.start("name") for f in dates) else ""
    return name if name and (is_known(name) or _COINED.match(name)) else ""


def submitter_line(text: str) -> bool:
    """'submitted 2 days ago by a_user to r/europe', 'posted by u/a_user 4 days ago': a line of its
    own, not the headline above it wrapped (readers/wrapping.py)."""
    if not _SUBMIT_VERB.match(text):
        return False
    blanked = text
    for f in sorted(when.find_dates(text), key=lambda f: -f.start):
        blanked = blanked[:f.start] + " " + blanked[f.end:]
    return blanked != text and bool(_SUBMITTED.match(blanked))


# a link board's submitter line: a verb, the user's handle (any case: 'u/a_user', '@user'), the board
_SUBMITTED = re.compile(r"(?i)^\W*(?:submitted|posted|shared|eingereicht|gepostet|geteilt|soumis|posté|partagé|enviado|"
                        r"compartido|inviato|condiviso|ingezonden|gedeeld)\s+(?:(?:by|von|par|por|da|door)\s+[@/\w.-]{2,40}\s*)?"
                        r"(?:(?:by|von|par|por|da|door)\s+[@/\w.-]{2,40}\s*)?(?:(?:to|in|auf|dans|sur|en|a|su|naar|op)\s+r/[\w.-]{2,40}\s*)?$")


def footer(text: str) -> list[str] | None:
    """A post's footer: its categories and tags in the order printed, else None. Two parts at least
    ('Posted in the morning, the report said' is a sentence; 'Tags: a, b' alone is lines.LABELS')."""
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if len(parts) < 2 or not _CLAUSE.match(parts[0]):
        return None
    labels = []
    for p in parts:
        m = _CLAUSE.match(p)
        if m:
            labels += [x.strip() for x in m["labels"].split(",") if x.strip()]
        elif not _COMMENTS.match(p):
            return None
    return labels
