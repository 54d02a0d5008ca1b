"""An item's outlet printed on its headline's line or glued to its text, split off so the line
readers see a headline and an outlet line: a script's or rundown's slug with its source after a
wide gap ('FLOOD WARNING    Source:  ABC News', 'HAFEN    Quelle: NDR'), and a publisher's logo
whose alt text a feed reader pastes before the teaser, glued to its first word ('Logo LE MONDELa
grève …', 'Logo: Der Spiegel'). Nothing here is keyed to a page: the label words are the five
languages' for a source."""
from __future__ import annotations

import re

from .outletnames import looks_like_name
from .outlets import is_known

_WIDE_SOURCE = re.compile(r"^(?P<head>\S.{1,100}?\S)\s{2,}(?P<src>(?:sources?|quellen?|fuentes?|fontes?|bron)\s*:\s*"
                          r"\S.{0,60})$", re.I)
# 'Logo L'ÉQUIPEMené …' (a name in capitals, the text's first word glued on), 'Logo: Die Zeit', 'Logo de X'
_LOGO = re.compile(r"^(?:Logo|logo)(?:\s*:\s*|\s+(?:de|von|di|of|van)\s+|\s+)(?P<name>\S.{0,40}?)"
                   r"(?:(?<=[A-ZÀ-Ý'’])(?=[A-ZÀ-Ý][a-zà-ÿ])|$)")


def glued_source(s: str) -> list[str] | None:
    """The line as [headline, 'Source: X'] or ['Source: X', text]; None when no source is glued."""
    if "  " in s and ":" in s:
        m = _WIDE_SOURCE.match(s)
        if m:   # (a source that names no outlet, 'Source: personal research', is no line of its own)
            name = m["src"].split(":", 1)[1].strip()
            return [m["head"], m["src"]] if looks_like_name(name) or is_known(name) else [m["head"]]
    if s[:4] in ("Logo", "logo"):
        m = _LOGO.match(s)
        name = m["name"].strip() if m else ""
        if name and (m.end() < len(s) and not any(c.islower() for c in name) or m.end() == len(s) and looks_like_name(name)):
            rest = s[m.end():].strip()
            return [f"Source: {name}"] + ([rest] if rest else [])
    return None
