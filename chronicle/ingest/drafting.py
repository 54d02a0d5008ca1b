"""A digest's stories -> the drafts a build will accept, each with its file's bytes, on every core.

Composing a story (compose.py) and rendering its file depend on that story alone, so they are
spread over forked workers (build/parallel.py) and come back in story order: the same drafts and
bytes as one process makes. On a 4,700-item digest this was about a third of ingest's CPU time.
They are handed on as they come, so the first articles are written (creating a file costs the
kernel ~0.25 ms on the team's machine) while the workers compose the rest; spooled, so the workers
go on composing while this process writes a batch (without it they stopped after a chunk each).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

from ..build.parallel import default_jobs, iter_ordered
from ..errors import IngestError
from ..source.markdown import body_problem
from ..source.readfile import MAX_TEXT_BYTES
from .compose import Draft, compose
from .loneline import furniture_reason
from .model import Context, Parsed
from .tagging import Tagger

# Items per chunk handed to a worker: the results come back a chunk at a time, so with a few big
# chunks (583 items of a 4,662-item digest) one core idled while the other composed the last one
# and the writing waited for all of it; 200 items (~0.1 s of work) keep both cores and the
# writer busy to the end, at a few hundred microseconds of overhead per chunk.
CHUNK = 200
# items a page has at least before a short line alone can be its furniture (loneline.py)
MANY = 3


def make_drafts(path: Path, parsed: Parsed, ctx: Context, tagger: Tagger, imported: dt.date,
                errors: list, empty: list) -> Iterator[tuple[Draft, bytes, str]]:
    """The drafts a build will accept, each with its bytes and its file's stem (Draft.file_stem:
    made by the workers too, since the writing process is the one whose time cannot be spread),
    in story order as they come; each other story is an error naming its line in the digest
    (added to `errors`), or a line of the report (no words to make an article from, or a line of page furniture:
    loneline.py; added to `empty`)."""
    def made(item):
        story = parsed.story_of(item)
        draft = compose(story, parsed, path.name, ctx, tagger, imported)
        if draft is None:
            return story.line, None, b"", None, "no words to make an article from"
        furniture = furniture_reason(draft, among_many)
        if furniture:
            return story.line, None, b"", None, furniture
        data = draft.render()
        return (story.line, draft, data, body_problem(draft.body) if len(data) <= MAX_TEXT_BYTES else None,
                draft.file_stem())

    # (a page of a few items may be one article cut in two, 'Bridge closed' over its paragraph: a
    # short line is taken for furniture only among many items, where sidebars and controls are)
    among_many = len(parsed.to_read()) > MANY
    tagger.prepare(parsed.lang)   # (its tables for the page's language, before the workers fork)
    for line, d, data, deep, stem in iter_ordered("ingest-compose", made, parsed.to_read(), default_jobs(), most=CHUNK,
                                                   spool=True):
        if d is None:   # (`stem` is then why the story makes no article)
            empty.append(f"line {line}: {stem}")
        elif len(data) > MAX_TEXT_BYTES:
            errors.append(IngestError(str(path), d.line, f"the story '{d.title[:60]}' would make an article of "
                                      f"{len(data) / 1e6:.1f} MB, over the {MAX_TEXT_BYTES // (1024 * 1024)} MB "
                                      "a build reads; not imported: split it in the digest"))
        elif deep:
            errors.append(IngestError(str(path), d.line, f"the story '{d.title[:60]}' is not imported: {deep[1]}"))
        else:
            yield d, data, stem
