"""An item's outlet named by a label in parentheses at the end of its text: '(fonte: Staffetta
Quotidiana)', '(Source: Reuters)', '(Quelle: dpa)', '(fuente: EFE)', '(via The Verge)'. The label
says that the name is the item's source, so the name need not be a listed outlet; it must still
look like one (capitalised words, or a site's address), or be one the list writes in lower case
('rbb24'), not a sentence."""
from __future__ import annotations

import re

from .outletlist import is_known
from .outletnames import looks_like_name

_LABELLED = re.compile(r"(?i)(?<!\S)\(\s*(?:(?:sources?|quellen?|fuentes?|fontes?|bron)\s*:|via)\s+"
                       r"(?P<name>[^():]{2,50}?)\s*\)[\s.]*$")
# the label after the text's last sentence, no parentheses ('… credits. Source: Euractiv', its date already read)
_AFTER_SENTENCE = re.compile(r"(?i)(?<=[.!?…])\s+(?:sources?|quellen?|fuentes?|fontes?|bron)\s*:\s+(?P<name>[^():.,;]{2,50}?)[\s,.]*$")
_SITE = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")


def labelled_source(text: str) -> tuple[str, str]:
    """'… text. (fonte: Outlet)', '… text. Source: Outlet' -> ('… text.', 'Outlet'); (text, '') when there is none."""
    cut = max(0, len(text) - 80)   # (it ends the text: a long paragraph is only looked at there)
    m = _LABELLED.search(text, cut) or _AFTER_SENTENCE.search(text, cut)
    name = m["name"].strip() if m else ""
    if not name or not (looks_like_name(name) or _SITE.match(name) or is_known(name)):   # ('(Quelle: rbb24)': a listed name as it writes itself)
        return text, ""
    return text[:m.start()].rstrip(), name
