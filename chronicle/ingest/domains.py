"""A news site's name from its web address or domain: 'https://www.reuters.com/…' -> 'Reuters'.
In turn: the host or its registrable domain when the built-in outlet list (data/outlets.txt) has it
('express.co.uk', named as its line's first spelling, Daily Express); the registrable domain's
label ('reuters' of www.reuters.com, 'bbc' of news.bbc.co.uk) compared with the list's names and
aliases without spaces, case, accents or a leading article ('nytimes' is 'NY Times', 'theguardian'
The Guardian, 'elpais' El País, 'zeit' Die Zeit), named as the list's first spelling; else the
label itself, as a reader sees it in the address: an acronym when three letters or fewer
('abc.net.au' -> 'ABC'), else title-cased ('mongabay.com' -> 'Mongabay'). One module for the JSON
exports' links and the text readers'."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from .outlets import known

_DATA = Path(__file__).with_name("data") / "outlets.txt"
# second-level labels under a country's code that are not the site's name (news.bbc.co.uk, abc.net.au)
_SECOND_LEVEL = frozenset("co com net org gov gob gouv gv ac edu or ne go nic".split())
_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,24}$")
# link shorteners name no outlet ('bbc.in' and 'nyti.ms' do: their sites' own)
_SHORTENERS = frozenset("bit.ly t.co ow.ly buff.ly tinyurl.com goo.gl lnkd.in dlvr.it trib.al ift.tt is.gd shorturl.at rb.gy".split())
_ARTICLE = re.compile(r"^(?:the|der|die|das|le|la|les|el|il|lo) ")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """compact name or alias (also without its article) -> the outlet's first spelling in the list."""
    out: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        # (a guarded name, '=TIME', is spelled without its mark: an address does not write capitals)
        names = [n.strip().lstrip("=") for n in line.split(" | ")] if line.strip() and not line.startswith("#") else []
        for name in names:
            out.setdefault(_compact(name), names[0])
            bare = _ARTICLE.sub("", name.lower())
            if bare != name.lower():
                out.setdefault(_compact(bare), names[0])
    return out


def _compact(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.replace("&", "and"))


def host_of(address: str) -> str:
    """The host of a web address or a bare domain, lower-cased, without 'www.'; '' when it is none."""
    address = address.strip()
    try:
        host = (urlsplit(address).hostname or "") if "//" in address else address.split("/")[0].lower()
    except ValueError:   # an address urlsplit refuses ('http://[::1')
        return ""
    host = host.rstrip(".")
    host = re.sub(r"^(?:www\d?|m|amp)\.", "", host)
    return host if _HOST.match(host) else ""


def registrable_domain(host: str) -> str:
    """'abc.net.au' of news.abc.net.au, 'reuters.com' of edition.reuters.com; '' for no host."""
    labels = host.split(".") if host else []
    if len(labels) < 2:
        return ""
    k = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-k:])


def site_label(host: str) -> str:
    """The registrable domain's own label: 'reuters' of edition.reuters.com, 'bbc' of news.bbc.co.uk."""
    return registrable_domain(host).split(".")[0]


def written_site(address: str) -> str:
    """A bare site's address as the page writes it ('www.rki.de' after 'Quelle:'): a page that names
    an item's source by its domain alone names it so, as a reader sees it; '' for a link to a page
    (a scheme or a path: its site's name is the outlet, outlet_of)."""
    bare = address.strip().rstrip("/.")
    return bare if "/" not in bare and host_of(bare) else ""


def outlet_of(address: str) -> str:
    """The outlet a web address or domain belongs to; '' for no address."""
    host = host_of(address)
    domain = registrable_domain(host)
    if not domain or domain in _SHORTENERS:
        return ""
    for cand in (host, domain):
        if cand in known():   # (named as its line's first spelling: 'derstandard.at' is Der Standard)
            return _names().get(_compact(cand), known()[cand])
    label = domain.split(".")[0]
    key = _compact(label)
    for cand in (key, "the" + key, key.removesuffix("news") if len(key) > 5 else key,
                 key.removesuffix("online") if len(key) > 8 else key):
        if cand in _names():
            return _names()[cand]
    if len(label) <= 3:
        return label.upper()
    return label.replace("-", " ").title().replace(" ", "-") if "-" in label else label.title()
