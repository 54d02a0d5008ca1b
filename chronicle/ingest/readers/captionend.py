"""The end of a social post's caption copied from the web (Instagram, Threads, TikTok): the
caption's hashtags, then the post's age alone on a line ('3 h', '2 d', '1 sem.', '5 Std.'), then
the app's lines: 'See translation', the comments with their own ages, likes and 'Reply' ('2 h   3
curtidas   Responder'), 'Liked by X and 342 others', the day ('29 DE ABRIL') and the comment box.
From the age on, nothing is the caption's: page furniture (reported), never items. So is the
caption's pointer to the link in the profile ('📲 Link na bio', 'Link in bio', 'Lien en bio')."""
from __future__ import annotations

import re

from ..lines import Line

_AGE = re.compile(r"(?i)^\d{1,3}\s?(?:s|min|m|h|hr|hrs|std\.?|d|t\.?|j|g|sem\.?|w|wk)$")
_BIO = re.compile(r"(?i)\b(?:links?|enlaces?|liens?)\s+(?:na|in|in der|en|en la|nella|no|im)\s+(?:bio|profil[eo]?|perfil)\b")


def mark(ls: list[Line]) -> int:
    """Mark the pointer to the bio and everything from the post's age under its hashtags on as
    furniture, in place; how many lines."""
    n = 0
    for l in ls:
        if l.kind in ("head", "prose") and len(l.text) <= 120 and "bio" in l.text.lower() and _BIO.search(l.text):
            l.kind, n = "furn", n + 1
    tags = [i for i, l in enumerate(ls) if l.kind == "labels" and l.text[:1] == "#"]
    j = tags[-1] + 1 if tags else len(ls)
    if j < len(ls) and ls[j].no == ls[j - 1].no + 1 and _AGE.match(ls[j].text.strip()):
        for l in ls[j:]:
            l.kind, l.section = "furn", False
        n += len(ls) - j
    return n
