"""Where an article page holds its own body: the byte ranges the full build records
(chronicle/withheld.py) and the quick path fills with a new body (chronicle/quick.py).

A module of its own, without imports, so the quick path does not load the renderer.
"""
from __future__ import annotations


def join_with_body(parts: list[bytes], body: bytes) -> tuple[bytes, tuple[tuple[int, int], ...]]:
    """The parts of a page with the body between each two, and where each copy of it is."""
    holes, at = [], len(parts[0])
    for part in parts[1:]:
        holes.append((at, at + len(body)))
        at += len(body) + len(part)
    return body.join(parts), tuple(holes)


def fill_holes(page: bytes, holes: tuple[tuple[int, int], ...], body: bytes) -> tuple[bytes, tuple[tuple[int, int], ...]]:
    """The page with each hole holding `body` instead, and where the holes are now."""
    parts, start = [], 0
    for begin, end in holes:
        parts.append(page[start:begin])
        start = end
    parts.append(page[start:])
    return join_with_body(parts, body)
