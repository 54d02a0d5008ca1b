"""Where the fields and tags of a front matter are in its file, for check's messages: read
again from the file, since a Document keeps values, not places."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import ChronicleError, ContentError
from ..source import frontmatter
from ..source import yamlnodes as Y
from ..source.readfile import read_regular


class Fields:
    """Line and column of each front matter field, and of each tag, in the file."""

    def __init__(self) -> None:
        self.keys: dict[str, tuple[int, int]] = {}
        self.tags: list[tuple[str, int, int]] = []   # (tag as typed, line, col)
        self.body_lines: list[str] = []
        self.body_line = 1


class Where:
    """The Fields of a file, read again only when a message needs them: reading every file a
    second time was a third of a check of 10,000 articles."""

    def __init__(self, shown_base: Path | None) -> None:
        self._base = shown_base
        self._found: dict[str, Fields] = {}

    def __call__(self, shown: str) -> Fields:
        if shown not in self._found:
            self._found[shown] = locate_fields(self._base, shown)
        return self._found[shown]


def locate_fields(shown_base: Path | None, shown: str) -> Fields:
    found = Fields()
    path = Path(shown) if shown_base is None else Path(shown_base) / shown
    try:
        text = frontmatter.normalise_text(read_regular(path, shown, ContentError), shown)
        yaml_text, first, body, body_line = frontmatter.split(text, shown)
        root = Y.parse(yaml_text)
    except (OSError, ChronicleError, Y.YamlProblem):
        return found  # the loader read it a moment ago; if it changed since, locations are best effort
    found.body_lines = body.split("\n")
    found.body_line = body_line
    if not isinstance(root, Y.Map):
        return found
    off = first - 1
    for key, node in root.items:
        found.keys[key.text] = (key.line + off, key.col)
        if key.text != "tags":
            continue
        if isinstance(node, Y.Seq):
            found.tags = [(i.text.strip(), i.line + off, i.col) for i in node.items if isinstance(i, Y.Scalar)]
        elif isinstance(node, Y.Scalar) and not node.null:
            col = node.col + (1 if node.quoted else 0)
            for m in re.finditer(r"[^,]+", node.text):
                name = m.group(0).strip()
                if name:
                    lead_space = len(m.group(0)) - len(m.group(0).lstrip())
                    found.tags.append((name, node.line + off, col + m.start() + lead_space))
    return found
