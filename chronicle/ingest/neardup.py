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

from functools import lru_cache
from pathlib import Path
from typing import Callable

from .compose import Draft
from .ledger import Ledger
from .merge import read_article

SAME_OUTLET = 0.7      # share of words in common (Jaccard) when the outlet is the same
NO_OUTLET = 0.9        # when one of the two has no outlet
MIN_WORDS = 5          # shorter keys say too little to match on


@lru_cache(maxsize=1 << 16)
def _words(key: str) -> frozenset[str]:
    return frozenset(key.split())


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if len(wa) < MIN_WORDS or len(wb) < MIN_WORDS or min(len(wa), len(wb)) < SAME_OUTLET * max(len(wa), len(wb)):
        return 0.0    # (the share of words in common is at most the smaller set's size over the larger's)
    return len(wa & wb) / len(wa | wb)


class NearDuplicates:
    """The articles recorded from other digests than `digest` (the ledger's key of the digest
    being written), listed once: what this digest writes is never among them, so the list stays
    right while it is written, and each item is compared with it without sorting the ledger again."""

    def __init__(self, ledger: Ledger, into: Path, digest: str, settle: Callable[[Path], None]):
        self.into, self.settle = into, settle   # settle(file): its pending write made before it is read
        self.others = [(i, rec) for i, rec in sorted(ledger.articles.items()) if rec.get("source") != digest]

    def find(self, draft: Draft) -> str | None:
        """The id of an article from another digest that is this item again, or None."""
        outlet = str(draft.fields.get("source") or "").casefold()
        best: tuple[float, str] | None = None
        for art_id, rec in self.others:
            score = max(_overlap(draft.title_key, rec.get("title_key", "")),
                        _overlap(draft.text_key, rec.get("text_key", "")))
            if score < SAME_OUTLET or (best and score <= best[0]):
                continue
            self.settle(self.into / rec["file"])
            found = read_article(self.into / rec["file"])
            recorded = str((found[0].get("source") if found else "") or "").casefold()
            if outlet and recorded and outlet != recorded:
                continue          # two outlets: two articles
            if (not outlet or not recorded) and score < NO_OUTLET:
                continue
            best = (score, art_id)
        return best[1] if best else None
