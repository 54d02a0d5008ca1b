"""A news site's tag page: 'Tag - X', then per article a title line, a long body, and short topic labels."""
from __future__ import annotations

import re

from .. import dates, when
from ..model import Context, Parsed, Story

# 'Tag - X' and the word as sites in the other languages print it ('Thema – X', 'Tema: X', 'Sujet : X')
HEADER = re.compile(r"^\s*(?:tag|tags|topic|topics|tag archive|category|archive|thema|themen|schlagwort|tema|temas|"
                    r"argomento|sujet|thème|étiquette|etiqueta|categoría|categoria|catégorie|rubrik|onderwerp|assunto)"
                    r"\s*[-–—:|]\s*(?P<label>.{1,60}?)\s*$", re.I)
# a comment or view count printed by an article ('34 Postings', '12 comentarios'): no topic label
_COUNT = re.compile(r"^\d[\d.,]*\s+[^\W\d_]+$")
BODY_MIN = 250      # a body line is long; titles and labels are short
LABEL_MAX = 40


def _paragraph(text: str, min_len: int, min_words: int) -> bool:
    """A line of body text that is shorter than a body line: a sentence, not a label or a title."""
    return len(text) >= min_len and text[-1] in ".!?”\"’…" and len(text.split()) >= min_words


def _title_like(text: str) -> bool:
    return len(text) < BODY_MIN and len(text.split()) >= 3 and text[-1] not in ".!?…:;,"


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
    # (a shorter teaser of whole sentences right under a title line is a body too: sites cut teasers
    # at different lengths)
    is_body = [len(t) >= BODY_MIN or k > 0 and _paragraph(t, 100, 15) and _title_like(rows[k - 1][1])
               for k, (_, t) in enumerate(rows)]
    bodies = _bodies(rows, is_body)
    stories: list[Story] = []
    blank = {no for no, l in enumerate(lines, 1) if not l.strip()}
    below = _dates_below(rows, bodies, date_rows)
    for k, (start, end) in enumerate(bodies):
        has_title = start > 0 and len(rows[start - 1][1]) < BODY_MIN and (
            k == 0 or start - 1 > bodies[k - 1][1])
        title = rows[start - 1][1] if has_title else ""
        line = rows[start - 1][0] if has_title else rows[start][0]
        stop = bodies[k + 1][0] - 1 if k + 1 < len(bodies) else len(rows)
        after = _label_run(rows[end + 1: stop], blank)
        labels = [t for _, t in after]
        alone = _alone(rows[end + 1: stop], after) if k + 1 < len(bodies) else []
        extra = [f"line {no} '{t[:40]}'" for no, t in rows[end + 1: stop] if (no, t) not in after and (no, t) not in alone]
        story = Story(line=line, paras=[t for _, t in rows[start:end + 1]], title=title, labels=labels)
        if not has_title:
            story.notes.append("title: none printed, derived from the text")
        if extra:
            story.notes.append(f"left out, between articles and neither title nor label: {', '.join(extra)}")
        if below:   # from this body's end to the next article's title
            upto = rows[bodies[k + 1][0] - 1][0] if k + 1 < len(bodies) else len(lines) + 1
            stated = [t for no, t in date_rows if rows[end][0] < no < upto]
        else:
            prev_end = rows[bodies[k - 1][1]][0] if k else 0
            stated = [t for no, t in date_rows if prev_end < no < rows[end][0]]
        story.date, story.date_basis = _date(stated[-1], ctx) if stated else (None, "")
        if not story.date:
            story.notes.append("date: the tag page prints none")
        stories.append(story)
        stories += [Story(line=no, paras=[t], title=t, notes=["date: the tag page prints none"]) for no, t in alone]
    return Parsed("tag-page", stories, page_labels=page_labels)


def _bodies(rows: list[tuple[int, str]], is_body: list[bool]) -> list[tuple[int, int]]:
    """(first row index, last row index) of each body."""
    bodies: list[tuple[int, int]] = []
    i = 0
    while i < len(rows):
        if is_body[i]:
            start, j = i, i
            # Every article ends with topic labels, so a sentence right after body text is more body
            # (a short closing paragraph too: 'Der Landtag soll das Budget Mitte Dezember beschließen.';
            # labels end in no full stop)
            while j + 1 < len(rows) and (is_body[j + 1] or _paragraph(rows[j + 1][1], 30, 5)):
                j += 1
            while start - 2 >= 0 and _paragraph(rows[start - 1][1], 100, 15) and not is_body[start - 2] and \
                    (not bodies or start - 2 > bodies[-1][1]):
                start -= 1
            bodies.append((start, j))
            i = j + 1
        else:
            i += 1
    return bodies


def _alone(between: list[tuple[int, str]], labels: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Headlines alone between two articles ('Medici di base, firmato l'accordo …' over the next
    one's title): articles of one line, not left out (not a numbered 'most read' box's lines)."""
    return [(no, t) for no, t in between if (no, t) not in labels and _title_like(t) and len(t.split()) >= 5
            and not t[:1].isdigit()]


def _label_run(after: list[tuple[int, str]], blank: set[int]) -> list[tuple[int, str]]:
    """The topic labels among the lines after a body: short ones, up to the first blank line after
    one of them (what follows it, an advertisement's line or a 'most read' box, is no label), and
    no comment count."""
    run: list[tuple[int, str]] = []
    for no, t in after:
        if run and any(n in blank for n in range(run[-1][0] + 1, no)):
            break
        if len(t) <= LABEL_MAX and not _COUNT.match(t):
            run.append((no, t))
    return run


def _dates_below(rows: list, bodies: list, date_rows: list) -> bool:
    """Whether the page prints each article's date under it (under its labels) rather than over its
    title: no date line over the first article, one under the last."""
    if not bodies or not date_rows:
        return False
    first, last = rows[max(bodies[0][0] - 1, 0)][0], rows[bodies[-1][1]][0]
    return all(no > first for no, _ in date_rows) and any(no > last for no, _ in date_rows)


def _date(text: str, ctx: Context) -> tuple:
    """(date, basis) of a date line: a date as written ('stated'), or an age ('vor 5 Std.') counted
    back from the capture date ('derived'; none without one)."""
    found = when.find_dates(text)
    if found and found[0].kind == "relative":
        day = when.relative_to(found[0], ctx.captured)
        return (day, "derived") if day else (None, "")
    day = found[0].resolve(when.decide_order(found, "en", ctx.captured)) if found else None
    return (day, "stated") if day else (None, "")
