"""JSON digests parsed within bounds: a document (an object or an array) or JSON Lines (one object
per line, NDJSON), each record with the line of the file it starts on. The size is bounded by
reading (5 MB); depth and number length by the parser, which raises, and here becomes one
`line: what is wrong` error (Unreadable), never a traceback."""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from typing import Any

# What only JSON of records starts with: an object's first key ('{"messages":'), '{}', or an array
# of such objects ('[{"id":', '[{}'). Text that merely opens with a bracket ('[1] Reuters', a
# Markdown link '[label](…)', '[[wiki links]]', a chat export's '[12.03.25, 08:14]',
# '{"Quoted," she said}') is read as text.
_START = re.compile(r'\s*\[?\s*\{\s*(?:"[^"\n]{0,200}"\s*:|\})')
_DECODER = json.JSONDecoder(strict=False)   # (raw line breaks in strings: saved JSONP bodies)
_WS = re.compile(r"[ \t\n\r]*")


class Unreadable(Exception):
    """A digest in a structured format that its parser refuses: where, and why."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


@dataclass
class Loaded:
    data: Any
    jsonl: list[int] | None = None   # JSON Lines: the line of each record of `data` (a list)


def looks_like_json(text: str) -> bool:
    return bool(_START.match(text))


def load(text: str, what: str = "records") -> Loaded:
    """The parsed document; JSON Lines when the text is objects one per line. Unreadable otherwise."""
    try:
        return Loaded(json.loads(text, strict=False))
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and _one_object(text.lstrip().split("\n", 1)[0]):
            return Loaded(*_lines(text))
        raise Unreadable(exc.lineno, f"not valid JSON ({exc.msg}, column {exc.colno}); no articles read") from None
    except RecursionError:   # the parser recurses once per level: [[[[... 100,000 deep
        raise Unreadable(1, f"JSON nested too deep to read ({what} are a few levels deep); no articles read") from None
    except ValueError:   # a number of over 4,300 digits, which Python refuses to convert
        raise Unreadable(1, "not valid JSON (a number over 4,300 digits long); no articles read") from None


def _one_object(line: str) -> bool:
    """A line that is a whole JSON object: JSON Lines start so (a document with more after it does not)."""
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _lines(text: str) -> tuple[list, list[int]]:
    """JSON Lines: every non-blank line one JSON value; the first that is not names its line."""
    data, nos = [], []
    for no, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            data.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise Unreadable(no, f"not valid JSON Lines ({exc.msg}, column {exc.colno}); each line must be "
                                 f"one JSON object; no articles read") from None
        except (RecursionError, ValueError):
            raise Unreadable(no, "not valid JSON Lines (nested too deep, or a number over 4,300 digits); "
                                 "no articles read") from None
        nos.append(no)
    return data, nos


def record_lines(text: str, path: tuple, count: int) -> list[int]:
    """The line each element of the list (or member of the object) at `path` (keys and list indexes
    from the top) starts on: the text walked once more with the parser's own scanner, so the lines
    are the file's."""
    starts = [m.end() for m in re.finditer("\n", text)]
    where = _locate(text, path)
    if where is None:
        return [1] * count
    out, i, members = [], where + 1, text[where:where + 1] == "{"   # (Pocket: an object of records)
    while len(out) < count:
        i = _WS.match(text, i).end()
        if text[i:i + 1] in ("]", "}", ""):
            break
        if members:   # past the member's key and its ':'
            _, i = json.decoder.scanstring(text, i + 1, False)
            i = _WS.match(text, _WS.match(text, i).end() + 1).end()
        out.append(bisect.bisect_right(starts, i) + 1)
        _, i = _DECODER.raw_decode(text, i)
        i = _WS.match(text, i).end()
        i += text[i:i + 1] == ","
    return out + [out[-1] if out else 1] * (count - len(out))


def _locate(text: str, path: tuple) -> int | None:
    """The offset of the value at `path` in the text; of a key written twice, the last, as the
    parser keeps it."""
    i = _WS.match(text, 0).end()
    for step in path:
        opener, hit, n = text[i:i + 1], None, 0
        i = _WS.match(text, i + 1).end()
        while text[i:i + 1] not in ("]", "}", ""):
            if opener == "{":
                key, i = json.decoder.scanstring(text, i + 1, False)
                i = _WS.match(text, _WS.match(text, i).end() + 1).end()   # past ':'
                hit = i if key == step else hit
            else:
                hit, n = i if n == step else hit, n + 1
            _, i = _DECODER.raw_decode(text, i)
            i = _WS.match(text, i).end()
            i = _WS.match(text, i + (text[i:i + 1] == ",")).end()
        if hit is None:
            return None
        i = hit
    return i
