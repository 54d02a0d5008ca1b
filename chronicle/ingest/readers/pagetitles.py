"""A list page's title and its one-paragraph description over items whose outlet lines lead them
('Company news' / 'Announcements published by listed companies. …' / blank / stamp row / issuer /
headline / text): the page's heading and note, no item of its own (itemoutlets.above). Read so only
where the title is a few words, the block ends before the page's first outlet line, and that line
is set apart from it by a blank line and stands right over the next headline (one closing the block
under its text makes the block an item: itemoutlets then finds no leading outlets)."""
from __future__ import annotations

from ..lines import Line, words

_TITLE_WORDS = 6   # words at most in a list page's title ('Company announcements (ESPI/EBI)')
_NOTE_LINES = 2    # paragraphs at most under it


def titled(ls: list[Line], span: tuple[int, int]) -> bool:
    """The block from span[0] to span[1] is a short title line over at most two paragraphs, wholly
    above the page's first outlet line."""
    first, last = span
    if first < 0 or ls[first].kind != "head" or words(ls[first].text) > _TITLE_WORDS:
        return False
    body = [l for l in ls[first + 1:last + 1] if l.kind in ("prose", "head", "plus") and not l.section]
    if not 1 <= len(body) <= _NOTE_LINES or any(l.kind != "prose" for l in body):
        return False
    if any(l.kind == "outlet" for l in ls[:last + 1]):
        return False
    # the first outlet line is set apart from the note and stands right over the next headline
    # (not one closing the block under its text: 'text' / 'Quelle ➜ Seebote' / blank / headline)
    j = next((j for j in range(last + 1, len(ls)) if ls[j].kind == "outlet"), -1)
    return 0 < j < len(ls) - 1 and any(ls[k].gap for k in range(last + 1, j + 1)) \
        and ls[j + 1].kind == "head" and not ls[j + 1].gap
