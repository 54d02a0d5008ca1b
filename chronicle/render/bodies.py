"""Bodies in rendered files: the one way a layout shows an article's body, and how the build puts
bodies in and a body edit swaps them.

Every page is planned from summaries (model.ArticleSummary: no body field), so a listing cannot
show a body. The two layouts that show one get a marker instead of it: the page of an article
or standalone page gets `body` (its own), the entries of the full-text feed get `body_of(a)`.
A marker is Markup (autoescape leaves it as it is) of the form NUL "body:" mode ":" page path
NUL; mode 0 stands for the body's HTML as it is (a page), 1 for that HTML escaped (a feed's
`<content type="html">`). After rendering, the text is split at its markers and the file is the
pieces joined with the bodies; the byte range of each body is kept (a Slot). So the bytes
outside the slots are made without seeing any body: a body edit changes the slots of that
article, in the files that hold them (`refill`), and nothing else, byte-identical to a full
build by construction.

The marker must come out of the layout as it went in. Content cannot hold NUL (markdown-it
replaces it; front matter and config scalars refuse control characters), so a NUL that is not
part of a whole marker means a layout cut, copied into a filter or otherwise changed one
(`{{ body|upper }}`, `{{ body[:10] }}`): `fill` refuses it, with the layout's path. A layout
that measures the marker (`{{ body|length }}`) measures the marker, not the body: a layout may
only print it.

No Jinja here: the quick path imports this module.
"""
from __future__ import annotations

import re
from typing import Mapping

from markupsafe import Markup, escape

from ..errors import TemplateError

Slot = tuple[int, int, int, str]     # start and end (bytes), mode (0 as it is, 1 escaped), page path
_MARKER = re.compile("\x00body:([01]):([^\x00]*)\x00")


def marker(page_path: str, escaped: bool = False) -> Markup:
    """What a layout prints where the body of the article at `page_path` goes."""
    return Markup(f"\x00body:{int(escaped)}:{page_path}\x00")


def body_bytes(body_html: str, mode: int) -> bytes:
    return (str(escape(body_html)) if mode else body_html).encode("utf-8")


def fill(text: str, bodies: Mapping[str, str], layout: str) -> tuple[bytes, tuple[Slot, ...]]:
    """The rendered `text` with each marker replaced by its body, and where each body is.
    TemplateError when a marker was changed, or names a body this file was not given."""
    if "\x00" not in text:
        return text.encode("utf-8"), ()
    pieces = _MARKER.split(text)
    if sum(p.count("\x00") for p in pieces[::3]):
        raise TemplateError(layout, None, "a body marker was changed: print {{ body }} (or {{ body_of(a) }} "
                                          "in a feed) as it is, outside any filter or variable block")
    out: list[bytes] = [pieces[0].encode("utf-8")]
    slots: list[Slot] = []
    at = len(out[0])
    for i in range(1, len(pieces), 3):
        mode, path = int(pieces[i]), pieces[i + 1]
        if path not in bodies:
            raise TemplateError(layout, None, f"the body of {path} is not shown here (only a page's own body, "
                                              "or an entry's in the full-text feed)")
        body = body_bytes(bodies[path], mode)
        slots.append((at, at + len(body), mode, path))
        tail = pieces[i + 2].encode("utf-8")
        out += (body, tail)
        at += len(body) + len(tail)
    return b"".join(out), tuple(slots)


def refill(data: bytes, slots: tuple[Slot, ...], fresh: Mapping[str, str]) -> tuple[bytes, tuple[Slot, ...]]:
    """A file made by `fill` with the bodies of the articles in `fresh` (page path -> body HTML)
    in place of the old ones, and where every body is now. ValueError when the slots cannot be
    this file's (out of order, or past its end): a cache that is not what a build wrote."""
    bounds = [0] + [at for begin, end, _, _ in slots for at in (begin, end)] + [len(data)]
    if bounds != sorted(bounds):
        raise ValueError("slots that do not fit the file")
    out: list[bytes] = []
    moved: list[Slot] = []
    start = shift = 0
    for begin, end, mode, path in slots:
        out.append(data[start:begin])
        body = body_bytes(fresh[path], mode) if path in fresh else data[begin:end]
        out.append(body)
        moved.append((begin + shift, begin + shift + len(body), mode, path))
        shift += len(body) - (end - begin)
        start = end
    out.append(data[start:])
    return b"".join(out), tuple(moved)
