"""Near-duplicates: the same item from the same outlet in two digests, worded a little apart
(a headline edited, a lead trimmed), is one article.

Exact copies are found by the ledger (ledger.find: id, title or first words). This finds an
article recorded from *another* digest whose title or first words share most of their words
with the new item's, and whose outlet is the same. Two outlets reporting one story stay two
articles (story threads join them). An item with no outlet, or whose recorded article has none,
is one article only when its words are nearly all the same. The caller reports the item as
skipped with the article it matched, so nothing is dropped silently.
"""
from __future__ import annotations

from pathlib import Path

from .compose import Draft
from .ledger import Ledger
from .merge import read_article

SAME_OUTLET = 0.7      # share of words in common (Jaccard) when the outlet is the same
NO_OUTLET = 0.9        # when one of the two has no outlet
MIN_WORDS = 5          # shorter keys say too little to match on


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.split()), set(b.split())
    if len(wa) < MIN_WORDS or len(wb) < MIN_WORDS:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def near_duplicate(ledger: Ledger, draft: Draft, into: Path, digest: str) -> str | None:
    """The id of an article from another digest that is this item again, or None."""
    outlet = str(draft.fields.get("source") or "").casefold()
    best: tuple[float, str] | None = None
    for art_id, rec in sorted(ledger.articles.items()):
        if rec.get("source") == digest:
            continue
        score = max(_overlap(draft.title_key, rec.get("title_key", "")), _overlap(draft.text_key, rec.get("text_key", "")))
        if score < SAME_OUTLET or (best and score <= best[0]):
            continue
        found = read_article(into / rec["file"])
        recorded = str((found[0].get("source") if found else "") or "").casefold()
        if outlet and recorded and outlet != recorded:
            continue          # two outlets: two articles
        if (not outlet or not recorded) and score < NO_OUTLET:
            continue
        best = (score, art_id)
    return best[1] if best else None
