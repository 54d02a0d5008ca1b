"""A link aggregator's listing copied from the browser (a subreddit in Reddit's web UI and its
kin): each post a block of short lines, the poster (`u/name`, or `Posted by u/name`), a `•`, the
post's age (`4 hr. ago`, `3 days ago`), the headline, an optional flair (`Grid`, `Solar`), the
linked site's bare domain (`abc.net.au`), then the buttons and counters (`Open`, `412`, `Vote`,
`88 comments`, `Share`). One item per post: the headline its title (and its body when the post
has no text of its own), the domain its outlet as printed, the flair its label, the age its date
against the capture date. A post whose age line says `Promoted` or `Sponsored` is an ad, and the
community's tabs, pinned highlights and sidebar are the site's own: all left out and counted."""
from __future__ import annotations

import re

from .. import when
from ..domains import written_site
from ..lang import language
from ..model import Context, Parsed, Story

_POSTER = re.compile(r"^(?:posted by\s+)?u/[\w-]{2,30}(?:\s*[•·]\s*(?P<age>.+))?$", re.I)
_AD = re.compile(r"(?i)^(?:promoted|sponsored|gesponsert|sponsorisé|patrocinado|sponsorizzato)$")
# The buttons and counters under a post, in the UI's languages: never part of an item.
_CHROME = re.compile(r"(?i)^(?:(?:[•·↑↓⬆⬇]|\d[\d.,]*\s*[km]?|open|vote|share|save|award|reply|learn more|join|comments?|"
                     r"responder|compartir|comentarios|antworten|teilen|kommentare|répondre|partager|commentaires|"
                     r"rispondi|condividi|commenti)\s*)+$")
_FLAIR_WORDS = 3
_LEAST = 3


def read(lines: list[str], ctx: Context) -> Parsed | None:
    # (an indented poster line is a reply under a post: talk, not a link, left out)
    heads = [k for k, l in enumerate(lines) if _POSTER.match(l.strip()) and not l[:1].isspace()]
    if len(heads) < _LEAST:
        return None
    stories, ads = [], 0
    for k in heads:
        block = _block(lines, k)
        age = _POSTER.match(block[0][1])["age"] or next((s for _, s in block[1:3] if s not in "•·"), "")
        if _AD.match(age.strip()):
            ads += 1
            continue
        st = _post(block, age, ctx)
        if st is None:
            return None   # (a post with no headline or no age: some other page that names users)
        stories.append(st)
    if not stories:
        return None
    kept = sum(len(_block(lines, k)) for k in heads)
    left = sum(1 for l in lines if l.strip()) - kept
    notes = [f"left out: {ads} promoted post(s)"] if ads else []
    notes += [f"left out: {left} line(s) of the community's page (tabs, highlights, replies, sidebar)"] if left else []
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(lines)))


def _block(lines: list[str], k: int) -> list[tuple[int, str]]:
    """The post's lines (1-based number, text): from its poster line up to the next blank line."""
    out = []
    for n in range(k, len(lines)):
        s = lines[n].strip()
        if not s or (n > k and _POSTER.match(s)) or (n > k and lines[n][:1].isspace()):
            break
        out.append((n + 1, s))
    return out


def _post(block: list[tuple[int, str]], age: str, ctx: Context) -> Story | None:
    found = [f for f in when.find_dates(age) if f.ago is not None]
    if not found or found[0].start > 0:
        return None
    rest = [s for _, s in block[1:] if s != age and s not in "•·"]
    if not rest or len(rest[0].split()) < _LEAST:
        return None
    title, source, labels, body = rest[0], "", [], []
    for s in rest[1:]:
        site = written_site(s) if " " not in s else ""
        if site and not source:
            source = site
        elif _CHROME.match(s):
            continue
        elif not source and not body and len(s.split()) <= _FLAIR_WORDS and not s.endswith("."):
            labels.append(s)
        else:
            body.append(s)
    day = when.relative_to(found[0], ctx.captured)
    return Story(line=block[0][0], paras=body or [title], title=title, date=day, date_basis="derived" if day else "",
                 source=source, labels=labels)
