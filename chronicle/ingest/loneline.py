"""A story that is one short line and nothing else is page furniture, not an article.

Pages put section heads ('Mehr zum Thema', 'Dernières vérifications'), controls ('Voir plus',
'Share this brief'), tag clouds ('Klimapolitik', 'Briefwahl') and signatures ('Aoife Kinsella')
on lines of their own between items, and readers that cut a page into items take some of them for
one-line items. A news item of one line is a headline: it has a verb and usually more than three
words, or it names its outlet, links its story or carries a date (the headline lists of every
held-out set: 'Aalen pflanzt 400 hitzeresistente Stadtbäume', 'Cholera – Haiti' under its date).
So a story whose whole text is its title (or one line it was derived from), of three words at
most, with no digit, and with no date, outlet or link, is no article. It is not dropped silently:
the run's report lists it among the skipped lines with this reason (drafting.make_drafts).
"""
from __future__ import annotations

import re

from .compose import Draft
from .furniturekinds import item_kind

MOST_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_DIGIT = re.compile(r"\d")


def furniture_reason(draft: Draft, among_many: bool = True) -> str:
    """Why this draft is a page's furniture rather than an article, or ''. A short line alone is
    furniture only among many items (`among_many`); the kinds furniturekinds.py knows by their
    words are furniture on any page."""
    kind = item_kind(draft.title, draft.body)
    if kind:
        return f"'{' '.join(draft.title.split())[:60]}' is {kind}: the page's furniture, not an article"
    if not among_many:
        return ""
    fields = draft.fields
    if fields.get("date") or fields.get("source") or fields.get("url"):
        return ""
    text = " ".join(draft.body.split())
    if text != " ".join(draft.title.split()) or _DIGIT.search(text):
        return ""
    words = _WORD.findall(text)
    if not words or len(words) > MOST_WORDS:
        return ""
    return (f"'{text[:60]}' is a line of {len(words)} word{'s' if len(words) > 1 else ''} alone, with no date, "
            "outlet or link: taken as the page's own heading or control, not an article")
