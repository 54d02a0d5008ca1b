"""A JSON response saved with its JSONP wrapper: `callback({...})`, `Ink.Net.JsonP.live([...]);`,
perhaps under a few lines the browser put above it (the page's title, a date, a button). The
wrapper and those lines are blanked, not cut, so the JSON inside is read by the JSON-export reader
with every record on its own line of the file."""
from __future__ import annotations

import re

# a JavaScript name, dotted or not, opening a call whose argument is an object or an array
_CALL = re.compile(r"^[ \t]*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*[ \t]*\([ \t]*(?=[\[{])", re.M)
_CLOSE = re.compile(r"\)[ \t]*;?\s*\Z")
_MOST_ABOVE = 6     # short lines above the call: a saved page's title, date, buttons; more is a page


def unwrapped(text: str) -> str | None:
    """The text with a JSONP call's name, parentheses and the lines above it blanked; None when the
    text is no JSONP call."""
    call = _CALL.search(text, 0, 4000)
    close = _CLOSE.search(text, max(0, len(text) - 200)) if call is not None else None   # (it ends the text)
    if call is None or close is None or close.start() <= call.end():
        return None
    above = [l for l in text[:call.start()].split("\n") if l.strip()]
    if len(above) > _MOST_ABOVE or any(len(l) > 120 for l in above):
        return None
    blank = re.sub(r"[^\n]", " ", text[:call.end()])
    return blank + text[call.end():close.start()] + re.sub(r"[^\n]", " ", text[close.start():])


def lines_above(text: str) -> list[int]:
    """The lines above a JSONP call that `unwrapped` blanked (1-based), to be reported."""
    call = _CALL.search(text, 0, 4000)
    if call is None:
        return []
    return [no for no, l in enumerate(text[:call.start()].split("\n"), 1) if l.strip()]
