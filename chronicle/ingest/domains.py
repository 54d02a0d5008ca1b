"""A news site's name from its web address or domain: 'https://www.reuters.com/…' -> 'Reuters'.
The registrable domain's label ('reuters' of www.reuters.com, 'bbc' of bbc.co.uk) is looked up in
the built-in outlet list (data/outlets.txt), compared without spaces, case, accents or a leading
'the' ('nytimes' is 'NY Times', 'theguardian' The Guardian, 'elpais' El País), and a listed outlet
is named as the list's first spelling; an unlisted site is its label title-cased ('canarymedia' ->
'Canarymedia'), which is what a reader sees in the address."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

_DATA = Path(__file__).with_name("data") / "outlets.txt"
# second-level labels under a country's code that are not the site's name (news.bbc.co.uk, abc.net.au)
_SECOND_LEVEL = frozenset("co com net org gov gob gouv ac edu or ne go nic".split())
_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,24}$")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """compact name or alias -> the outlet's first spelling in the list."""
    out: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names = [n.strip() for n in line.split(" | ")]
            for name in names:
                out.setdefault(_compact(name), names[0])
    return out


def _compact(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.replace("&", "and"))


def host_of(address: str) -> str:
    """The host of a web address or a bare domain, lower-cased, without 'www.'; '' when it is none."""
    address = address.strip()
    host = (urlsplit(address).hostname or "") if "//" in address else address.split("/")[0].lower()
    host = host.rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host if _HOST.match(host) else ""


def site_label(host: str) -> str:
    """The registrable domain's own label: 'reuters' of edition.reuters.com, 'bbc' of news.bbc.co.uk."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else ""


def outlet_of(address: str) -> str:
    """The outlet a web address or domain belongs to; '' for no address."""
    label = site_label(host_of(address))
    if not label:
        return ""
    key = _compact(label)
    for cand in (key, "the" + key, key.removesuffix("news") if len(key) > 5 else key,
                 key.removesuffix("online") if len(key) > 8 else key):
        if cand in _names():
            return _names()[cand]
    return label.replace("-", " ").title().replace(" ", "-") if "-" in label else label.title()
