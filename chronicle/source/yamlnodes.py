"""YAML read as nodes so every value keeps the line it came from.

PyYAML's type guessing turns `NO` into False, `1.10` into 1.1 and bare dates into
date objects; writers mean the text they typed.  We compose with the C loader and
convert nodes ourselves: every scalar stays the string the writer typed, and the
caller decides per field what type it expects.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

try:
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

MAX_NODES = 20_000  # bounds alias expansion ("billion laughs") and giant documents
# config.yaml's: a topic is about ten values, and 5,000 topics were refused as "too large"; this
# fits 20,000 and still refuses an alias bomb within a second
MAX_CONFIG_NODES = 200_000


def too_large(limit: int) -> str:
    return f"YAML document too large (over {limit:,} values, each use of an alias *name counting as a copy)"


class _TooLarge(Exception):
    pass


class _Loader(_BaseLoader):
    """The safe loader, changed through its resolver (`resolve`: the tag of each node the
    composer makes without an explicit one): every value is text, since we type values
    ourselves (PyYAML's implicit typing was a third of composing a front matter, thrown away);
    and composing stops past its limit of nodes, so a giant front matter is refused at once rather
    than after seconds spent making a million nodes to refuse."""
    _TAGS = {yaml.ScalarNode: "tag:yaml.org,2002:str", yaml.SequenceNode: "tag:yaml.org,2002:seq",
             yaml.MappingNode: "tag:yaml.org,2002:map"}

    def __init__(self, stream, limit: int = MAX_NODES):
        super().__init__(stream)
        self.nodes = 0
        self.limit = limit

    def resolve(self, kind, value, implicit):
        self.nodes += 1
        if self.nodes > self.limit:
            raise _TooLarge
        return self._TAGS[kind]


def _line_of_node(text: str, number: int) -> int:
    """The line (1-based) where the document's `number`th node starts, in document order."""
    seen = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            seen += 1
            if seen == number:
                return event.start_mark.line + 1
    return 1   # pragma: no cover - only called for a document with that many nodes

# Code points HTML forbids in text and XML 1.0 cannot hold (C0 controls but tab and newline, DEL,
# C1 controls, the noncharacters U+FFFE/U+FFFF, lone surrogates): they would make invalid pages and
# an Atom feed no reader can parse. YAML escapes ("\0", "\x07", "\uFFFF") make them from printable
# bytes, so every scalar is checked after decoding.
FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# Text a reader cannot see: spaces, format characters (zero-width space and joiners, bidi marks,
# the BOM), and the letters that draw nothing (Hangul fillers, the blank Braille pattern). A title
# or name made only of these is an empty link and an empty heading.
_INVISIBLE = re.compile(r"[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        r"\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0]+")


def visible(text: str) -> bool:
    """Whether `text` shows anything on a page."""
    return bool(_INVISIBLE.sub("", text))


# Direction controls that open a run (embeddings and overrides close with U+202C, isolates with
# U+2069). One left open turns around the text after it, on the same line of every listing: a
# title ending in U+202E (right-to-left override) showed the date beside it as "enuJ 41".
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def unclosed_bidi(text: str) -> str | None:
    """The first direction control `text` opens and does not close ('U+202E'), or None."""
    if not BIDI_CONTROLS.search(text):
        return None
    opened: list[str] = []
    for m in BIDI_CONTROLS.finditer(text):
        ch = m.group()
        if ch in "\u202c\u2069":
            closes = "\u202a\u202b\u202d\u202e" if ch == "\u202c" else "\u2066\u2067\u2068"
            if opened and opened[-1] in closes:
                opened.pop()
        else:
            opened.append(ch)
    return f"U+{ord(opened[0]):04X}" if opened else None


def unclosed_bidi_scalars(node: "Node | None") -> list[tuple["Scalar", str]]:
    """Every scalar under `node` (keys too) that opens a direction control and does not close it,
    with that control, in document order."""
    if isinstance(node, Scalar):
        code = unclosed_bidi(node.text)
        return [(node, code)] if code else []
    pairs = node.items if isinstance(node, Map) else ((item,) for item in node.items) if isinstance(node, Seq) else ()
    return [found for pair in pairs for part in pair for found in unclosed_bidi_scalars(part)]


def spelled(text: str) -> str:
    """Invisible text as a message can show it: '\\u200b\\u3164'."""
    return text.encode("ascii", "backslashreplace").decode("ascii")


# The tags a value may carry: the ones YAML resolves by itself. Any other (`!!python/object`,
# `!custom`) is refused with its name, not read as something else.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map",
                                                        "merge")}


class YamlProblem(Exception):
    def __init__(self, line: int, message: str, col: int | None = None):
        super().__init__(message)
        self.line = line
        self.col = col
        self.message = message


@dataclass(frozen=True)
class Scalar:
    text: str
    line: int  # 1-based, relative to the YAML text
    col: int
    quoted: bool
    null: bool  # written as nothing, ~ or null (unquoted)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Seq:
    items: tuple
    line: int
    col: int


@dataclass(frozen=True)
class Map:
    items: tuple  # ((Scalar key, value node), ...) in document order
    line: int
    col: int

    def get(self, key: str):
        for k, v in self.items:
            if k.text == key:
                return v
        return None

    def keys(self) -> list[str]:
        return [k.text for k, _ in self.items]


Node = Scalar | Seq | Map

_NULLS = {"", "~", "null", "Null", "NULL"}
TRUE_WORDS = {"true", "yes", "on"}
FALSE_WORDS = {"false", "no", "off"}


# YAML also breaks lines at NEL, LS and PS; our line numbers count only "\n", so these become spaces.
_EXTRA_BREAKS = str.maketrans({"\x85": " ", "\u2028": " ", "\u2029": " "})
_HINTS = {
    "mapping values are not allowed in this context":
        "a ': ' inside a value? put the whole value in quotes",
    "found character that cannot start any token":
        "a tab? indent with spaces; a value starting with @ or `? put it in quotes",
    "found a tab character that violates indentation": "use spaces, not tabs",
    "did not find expected key": "check the indentation and quotes of this line and the one before",
    "found undefined alias": "'*name' refers to an anchor '&name' that does not exist; quote the value",
    # "\ud83d\ude00", a JSON surrogate pair pasted into YAML, which does not join the halves
    "found invalid Unicode character escape code":
        "\\uD800 to \\uDFFF are halves of a character, as JSON writes it; write the character itself, or "
        "\\U0001F600 (eight digits) for one above \\uFFFF",
}


def parse(text: str, first_line: int = 1, limit: int = MAX_NODES) -> Node | None:
    """Parse one YAML document into Scalar/Seq/Map nodes (None if empty).

    Lines in nodes and problems count from `first_line` (the line of the text's first line
    in its file), so messages can name the line of the file.
    """
    off = first_line - 1
    text = text.translate(_EXTRA_BREAKS)
    try:
        root = yaml.compose(text, Loader=lambda stream: _Loader(stream, limit))
    except _TooLarge:
        raise YamlProblem(_line_of_node(text, limit + 1) + off, too_large(limit)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        col = mark.column + 1 if mark else None
        last = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        if last and line > last:  # "end of input" problems: name the last line, not one past it
            line, col = last, None
        problem = exc.problem or exc.context or "invalid YAML"
        hint = _HINTS.get(problem)
        raise YamlProblem(line + off, f"YAML syntax error: {problem}" + (f" ({hint})" if hint else ""), col) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, max(0, exc.position)) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise YamlProblem(line + off, f"control character U+{ord(char):04X} is not allowed in YAML; remove it") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(first_line, "YAML error: " + " ".join(str(exc).split())) from None
    except RecursionError:
        raise YamlProblem(first_line, "YAML nested too deeply") from None
    if root is None:
        return None
    budget = [limit, limit]   # left, and the bound (for the message)
    return _convert(root, budget, depth=0, off=off)


def _convert(node: yaml.Node, budget: list[int], depth: int, off: int = 0, field: str = "") -> Node:
    """A composed node as Scalar/Seq/Map; `field` is the key the value belongs to (for messages)."""
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlProblem(node.start_mark.line + 1 + off, too_large(budget[1]))
    if depth > 50:
        raise YamlProblem(node.start_mark.line + 1 + off, "YAML nested too deeply (over 50 levels)")
    line, col = node.start_mark.line + 1 + off, node.start_mark.column + 1
    if node.tag not in _PLAIN_TAGS:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise YamlProblem(line, f"the YAML tag {tag} is not supported: a value is the text you type; "
                                "remove the tag (or quote the whole value)", col)
    if isinstance(node, yaml.ScalarNode):
        bad = FORBIDDEN_CHARS.search(node.value)
        if bad:
            raise YamlProblem(line, f"{f'{field!r} ' if field else ''}contains the control character "
                                    f"U+{ord(bad.group()):04X}; remove it, it cannot appear in a web page", col)
        quoted = node.style in ("'", '"', "|", ">")
        null = not quoted and node.value in _NULLS
        return Scalar(node.value, line, col, quoted, null)
    if isinstance(node, yaml.SequenceNode):
        return Seq(tuple(_convert(n, budget, depth + 1, off, field) for n in node.value), line, col)
    if isinstance(node, yaml.MappingNode):
        items = []
        seen: dict[str, int] = {}
        for k, v in node.value:
            key = _convert(k, budget, depth + 1, off)
            if not isinstance(key, Scalar):
                raise YamlProblem(k.start_mark.line + 1 + off, "a key must be plain text (a list or mapping cannot be a key)")
            if key.text == "<<":
                raise YamlProblem(key.line, "YAML merge keys (<<) are not supported")
            if key.text in seen:
                raise YamlProblem(key.line, f"duplicate key '{key.text}' (first on line {seen[key.text]})")
            seen[key.text] = key.line
            items.append((key, _convert(v, budget, depth + 1, off, key.text)))
        return Map(tuple(items), line, col)
    raise YamlProblem(line, "unsupported YAML node")  # pragma: no cover


def plain(node: Node | None) -> Any:
    """The value as a template would like it: YAML 1.1 types for unquoted scalars."""
    if node is None:
        return None
    if isinstance(node, Map):
        return {k.text: plain(v) for k, v in node.items}
    if isinstance(node, Seq):
        return [plain(v) for v in node.items]
    if node.quoted:
        return node.text
    if node.null:
        return None
    low = node.text.lower()
    if low in TRUE_WORDS:
        return True
    if low in FALSE_WORDS:
        return False
    for cast in (int, float):
        try:
            return cast(node.text)
        except ValueError:
            pass
    return node.text


def describe(node: Node | None) -> str:
    if node is None:
        return "nothing"
    if isinstance(node, Map):
        return "a mapping"
    if isinstance(node, Seq):
        return "a list"
    return f"'{node.text}'"
