"""A list page's own controls, copied as text above its items: the breadcrumb ('Home > Dockets &
Filings > Commission Decisions', 'Startseite › Wirtschaft › Energie', 'Accueil » Actualités'), the
filter and sort controls with their drop-down marks ('Utility type: All ▾   Year: 2026 ▾   [Apply]',
'Sort by: Decision date (newest) ▾', 'Trier par : Date ▼') and the count of results ('Showing 1–5 of
2,146', 'Zeige 1–10 von 348', 'Affichage 1 à 20 sur 96', 'Mostrando 1-10 de 57', 'Risultati 1–10 di
80'). Read as lines they made items of one line each; they are page furniture (reported).
Cheap tests first: a breadcrumb's separator, a drop-down mark, or a digit and a dash."""
from __future__ import annotations

import re

from ..clippingrefs import page_footer
from ..furniturekinds import contact_line, control_row, field_row
from ..lines import Line

_CRUMB = re.compile(r"\s(?:>|›|»|/)\s")
_HOME = re.compile(r"(?i)^(?:home(?: ?page)?|start(?:seite)?|accueil|inicio|início|home ?page|pagina iniziale|voorpagina)$")
_DROP = re.compile(r"\S\s+[▾▼⏷⌄](?:\s|$)")   # (after a value: a tree's '▾ Folder (2)' opens its line)
_COUNT = re.compile(r"(?i)^(?:showing|displaying|results?|zeige|anzeige|ergebnisse|affichage|résultats?|mostrando|resultados?|"
                    r"risultati|visualizzati|toon|resultaten)\s*:?\s+\d[\d.,]*\s*(?:[–—-]|à|bis|a|t/m|tot)\s*\d[\d.,]*\s+"
                    r"(?:of|von|sur|de|di|van)\s+\d[\d.,]*\b")


def crumbs(text: str) -> bool:
    """A breadcrumb: the home page's name, then two parts or more after '>', '›', '»' or '/'."""
    parts = _CRUMB.split(text)
    return len(parts) >= 3 and bool(_HOME.match(parts[0].strip())) and all(0 < len(p.split()) <= 5 for p in parts)


def control(text: str) -> bool:
    """A line of the list's controls: a breadcrumb, a drop-down, or a count of results."""
    if len(text) > 200:
        return False
    if ("▾" in text or "▼" in text or "⏷" in text or "⌄" in text) and _DROP.search(text):
        return True
    if (">" in text or "›" in text or "»" in text or "/" in text) and crumbs(text):
        return True
    return text[:1].isalpha() and bool(_COUNT.match(text))


def mark(ls: list[Line]) -> int:
    """Mark the controls' lines as furniture, in place; how many."""
    n = 0
    for l in ls:
        if l.kind in ("head", "prose") and (not l.marker and (control(l.text) or contact_line(l.text) or control_row(l.text) or field_row(l.text) or page_footer(l.text))
                                            or l.marker and control_row(f"{l.marker} {l.text}")):   # ('☆ Guardar   ✓ …': its star a bullet)
            l.kind, n = "furn", n + 1   # (and contact details, a row of an app's controls or of fields: furniturekinds)
    return n
