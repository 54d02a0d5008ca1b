"""A news site's tag page: 'Tag - X', then per article a title line, a long body, and short topic labels."""
from __future__ import annotations

import re

from .. import dates, when
from ..model import Context, Parsed, Story

HEADER = re.compile(r"^\s*(?:tag|tags|topic|topics|tag archive|category|archive)\s*[-–—:|]\s*(?P<label>.{1,60}?)\s*$", re.I)
BODY_MIN = 250      # a body line is long; titles and labels are short
LABEL_MAX = 40


def _paragraph(text: str, min_len: int, min_words: int) -> bool:
    """A line of body text that is shorter than a body line: a sentence, not a label or a title."""
    return len(text) >= min_len and text[-1] in ".!?”\"’…" and len(text.split()) >= min_words


def looks_like(lines: list[str]) -> bool:
    first = next((l for l in lines if l.strip()), "")
    if not HEADER.match(first):
        return False
    return sum(1 for l in lines if len(l.strip()) >= BODY_MIN) >= 1


def read(lines: list[str], ctx: Context) -> Parsed:
    rows = [(no, l.strip()) for no, l in enumerate(lines, 1) if l.strip()]
    page_labels: list[str] = []
    if rows and HEADER.match(rows[0][1]):
        page_labels.append(HEADER.match(rows[0][1])["label"])
        rows = rows[1:]
    # date lines are neither titles nor labels: kept aside, each dates the article after it
    date_rows = [(no, t) for no, t in rows if dates.is_date_line(t)]
    rows = [(no, t) for no, t in rows if not dates.is_date_line(t)]
    # A body is a run of long lines (plus sentence-like paragraph lines next to them); the short
    # line just before it is its title, and the short lines after it are its topic labels.
    is_body = [len(t) >= BODY_MIN for _, t in rows]
    bodies: list[tuple[int, int]] = []   # (first row index, last row index) of each body
    i = 0
    while i < len(rows):
        if is_body[i]:
            start, j = i, i
            # Every article ends with topic labels, so a sentence right after body text is more body.
            while j + 1 < len(rows) and (is_body[j + 1] or _paragraph(rows[j + 1][1], 60, 10)):
                j += 1
            while start - 2 >= 0 and _paragraph(rows[start - 1][1], 100, 15) and not is_body[start - 2] and \
                    (not bodies or start - 2 > bodies[-1][1]):
                start -= 1
            bodies.append((start, j))
            i = j + 1
        else:
            i += 1
    stories: list[Story] = []
    for k, (start, end) in enumerate(bodies):
        has_title = start > 0 and len(rows[start - 1][1]) < BODY_MIN and (
            k == 0 or start - 1 > bodies[k - 1][1])
        title = rows[start - 1][1] if has_title else ""
        line = rows[start - 1][0] if has_title else rows[start][0]
        stop = bodies[k + 1][0] - 1 if k + 1 < len(bodies) else len(rows)
        labels = [t for _, t in rows[end + 1: stop] if len(t) <= LABEL_MAX]
        extra = [f"line {no} '{t[:40]}'" for no, t in rows[end + 1: stop] if len(t) > LABEL_MAX]
        story = Story(line=line, paras=[t for _, t in rows[start:end + 1]], title=title, labels=labels)
        if not has_title:
            story.notes.append("title: none printed, derived from the text")
        if extra:
            story.notes.append(f"left out, between articles and neither title nor label: {', '.join(extra)}")
        prev_end = rows[bodies[k - 1][1]][0] if k else 0
        stated = [t for no, t in date_rows if prev_end < no < rows[end][0]]
        found = [f for f in when.find_dates(stated[-1]) if f.kind != "relative"] if stated else []
        day = found[0].resolve(when.decide_order(found, "en")) if found else None
        if day:
            story.date, story.date_basis = day, "stated"
        else:
            story.notes.append("date: the tag page prints none")
        stories.append(story)
    return Parsed("tag-page", stories, page_labels=page_labels)
