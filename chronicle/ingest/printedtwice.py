"""A headline printed twice on one line: a card's title and its link's text copied together
('Quake toll passes 3,000Quake toll passes 3,000', 'Titel Titel'). The line is the headline once."""
from __future__ import annotations


def once(text: str) -> str:
    """The text with a whole repeat of itself taken off; the text as it is when it is not one."""
    t = text.strip()
    for gap in (0, 1, 2, 3):
        half, odd = divmod(len(t) - gap, 2)
        if odd or half < 12:
            continue
        first, between, second = t[:half], t[half:half + gap], t[half + gap:]
        # (three words at least: 'Bora Bora', 'Baden-Baden' are names, not a repeat)
        if first == second and not between.strip() and len(first.split()) >= 3:
            return first
    return text
