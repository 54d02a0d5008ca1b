"""News sites named by their address where an item's outlet stands: a domain in parentheses after
the headline, perhaps with the story's comment count after it ('Headline (bbc.co.uk) 61', as
Slashdot and Hacker News print it), and a social news site's submitter line ('por user a
eldiario.es', 'submitted by user to theguardian.com', 'von user auf spiegel.de'), and a link pasted
before its headline in a notes file ('https://www.cbc.ca/news/… — Headline'): the site is the
item's outlet, written as the page writes it; the count and the submitter are neither title nor
outlet."""
from __future__ import annotations

import re

_HOST = r"(?!www\.)[a-z0-9][a-z0-9-]{0,40}(?:\.[a-z0-9-]{2,40})*\.[a-z]{2,6}"
# ('(github.com/user)': a page of a site, a user's or a project's, names no outlet but is no title text either)
_PAREN_SITE = re.compile(r"^(?P<rest>.*?\S)\s*\((?P<site>" + _HOST + r")(?P<path>(?:/[\w.~%@+-]+)+/?)?\)(?:\s+\d{1,6})?\s*$", re.I)
_SUBMITTED = re.compile(r"^(?:(?:submitted|posted|shared)\s+)?(?:by|von|par|por|da|di|door|przez)\s+@?[\w.-]{2,40}\s+"
                        r"(?:to|at|on|via|a|en|auf|bei|sur|à|su|op|na)\s+(?P<site>" + _HOST + r")$", re.I)
_FILES = re.compile(r"\.(?:pdf|jpe?g|png|gif|html?|docx?|xlsx?|txt|csv|zip|mp[34]|json|xml)$", re.I)


def paren_site(text: str) -> tuple[str, str] | None:
    """'Headline (site.com) 61' -> ('Headline', 'site.com'), 'Headline (github.com/user)' -> ('Headline',
    ''); None when no site closes the line."""
    m = _PAREN_SITE.match(text.strip())
    return (m["rest"], "" if m["path"] else m["site"]) if m and not _FILES.search(m["path"] or m["site"]) else None


def submitted_to(text: str) -> str:
    """The site a submitter line names ('por user a eldiario.es' -> 'eldiario.es'), else ''."""
    m = _SUBMITTED.match(text.strip()) if len(text) <= 120 and "." in text[-50:] else None   # (a domain ends it)
    return m["site"] if m and not _FILES.search(m["site"]) else ""


# 'https://www.cbc.ca/news/canada/… — Headline': the link, a dash, the headline
_URL_HEAD = re.compile(r"^https?://(?:www\.)?(?P<site>" + _HOST + r")(?:/\S*)?\s+[—–-]\s+(?P<rest>\S.*)$", re.I)


# 'politico.com  —  The markup has been …': a linked story's site, a dash, its summary (a tag page's external links)
_SITE_HEAD = re.compile(r"^(?P<site>" + _HOST + r")\s+[—–|-]\s+(?P<rest>\S.*)$")


def url_head(text: str) -> tuple[str, str]:
    """'https://www.site.com/path — Headline' -> ('Headline', 'site.com'), 'site.com — Summary' ->
    ('Summary', 'site.com'); (text, '') for other text. (A paragraph's first characters are tested
    before the pattern: a dot within its first 40 and a lower-case first letter.)"""
    if text[:4].lower() != "http":
        m = _SITE_HEAD.match(text) if text[:1].islower() and "." in text[:40] else None
        return (m["rest"], m["site"]) if m and not _FILES.search(m["site"]) else (text, "")
    m = _URL_HEAD.match(text)
    return (m["rest"], m["site"].lower()) if m and not _FILES.search(text.split()[0]) else (text, "")
