"""An outlet named by its web address: 'https://www.reuters.com/world/…' -> 'Reuters'. The
listed outlet of the site when the list has its domain or its name written as the domain writes
it ('ft' -> FT, 'elpais' -> El País, 'zeit' -> Die Zeit), else the registrable domain's label
('mongabay.com' -> 'Mongabay', 'abc.net.au' -> 'ABC'; three letters or fewer are an acronym)."""
from __future__ import annotations

import re
from functools import lru_cache

from .outlets import known

_HOST = re.compile(r"^(?:https?://)?(?:www\d?\.|m\.|amp\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)
_ARTICLE = re.compile(r"^(?:the|der|die|das|le|la|les|el|il|lo) ")
# second-level labels under a country code: the registrable domain is one label longer ('abc.net.au')
_SECOND_LEVEL = frozenset("co com net org gov ac gv or ne go gob gouv edu".split())


@lru_cache(maxsize=1)
def _compact() -> dict[str, str]:
    """A listed name (or alias) without spaces, accents or punctuation -> the name: 'elpais' -> 'El País'."""
    out: dict[str, str] = {}
    for key, name in known().items():
        plain = re.sub(r"[^a-z0-9]", "", key.translate(str.maketrans("áàâäéèêëíìîïóòôöúùûüñç", "aaaaeeeeiiiioooouuuunc")))
        out.setdefault(plain, name)
        bare = _ARTICLE.sub("", key)   # 'zeit.de' is Die Zeit
        if bare != key:
            out.setdefault(re.sub(r"[^a-z0-9]", "", bare), name)
    return out


def registrable(url: str) -> tuple[str, str]:
    """(host without 'www.', registrable domain) of a web address: ('news.abc.net.au', 'abc.net.au');
    ('', '') for none."""
    m = _HOST.match(url.strip())
    parts = m["host"].lower().split(".") if m else [""]
    if not parts[-1].isalpha():
        return "", ""   # no address, or an IP address
    k = 3 if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2 else 2
    return ".".join(parts), ".".join(parts[-k:])


def from_domain(url: str) -> str:
    """The outlet a link's site is ('' for no web address)."""
    host, domain = registrable(url)
    if not domain:
        return ""
    label = domain.split(".")[0]
    for cand in (host, domain):
        if cand in known():
            return known()[cand]
    listed = _compact().get(label.replace("-", ""))
    if listed:
        return listed
    return label.upper() if len(label) <= 3 else label.replace("-", " ").title()
