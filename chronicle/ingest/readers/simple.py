"""Summary lists ('Read More' after each paragraph) and single analysis pieces."""
from __future__ import annotations

import re

from ..model import Context, Parsed, Story

READ_MORE = re.compile(r"^\s*(read more|continue reading|read the full (story|article)|more)\s*[»›>…\.]*\s*$", re.I)


def count_read_more(lines: list[str]) -> int:
    return sum(1 for l in lines if READ_MORE.match(l))


def read_summaries(lines: list[str], ctx: Context) -> Parsed:
    stories: list[Story] = []
    block: list[tuple[int, str]] = []
    for no, line in enumerate(lines, 1):
        if READ_MORE.match(line):
            if block:
                stories.append(Story(line=block[0][0], paras=[l for _, l in block]))
            block = []
        elif line.strip():
            block.append((no, line))
    if block:  # text after the last "Read More": a final summary without its link
        stories.append(Story(line=block[0][0], paras=[l for _, l in block]))
    return Parsed("summary-list", stories)


def read_single(lines: list[str], ctx: Context) -> Parsed:
    paras = [(no, l) for no, l in enumerate(lines, 1) if l.strip()]
    if not paras:
        return Parsed("single", [])
    return Parsed("single", [Story(line=paras[0][0], paras=[l for _, l in paras])])
