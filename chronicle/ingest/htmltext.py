"""Pasted HTML and HTML-valued fields (feeds, JSON exports) -> text, block by block, with
html.parser (a real parser, not regexes); the links of the text are kept with their words."""
from __future__ import annotations

import re
from html.parser import HTMLParser


class Text(HTMLParser):
    SKIP = {"head", "title", "script", "style", "nav", "footer", "aside", "form", "noscript", "svg", "button", "iframe",
            "figcaption", "template", "select"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "article", "section", "header",
             "blockquote", "dt", "dd", "ul", "ol", "table", "figure", "main", "time", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.links: list[tuple[str, str]] = []   # (href, the link's words) in the order of the text
        self._open: list[str] | None = None      # the words of the link being read, with its href first

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n\n" if tag in ("p", "article", "section", "h1", "h2", "h3") else "\n")
            if tag == "li":
                self.out.append("- ")
            if tag == "time":
                stamp = dict(attrs).get("datetime") or ""
                if re.match(r"\d{4}-\d{2}-\d{2}", stamp):
                    self.out.append(stamp[:10] + "\n")
        elif tag in ("td", "th"):
            self.out.append(" | ")
        elif tag == "a" and not self.skip:
            self._open = [dict(attrs).get("href") or ""]

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag == "a" and self._open is not None:
            href, *words = self._open
            if href:
                self.links.append((href, " ".join("".join(words).split())))
            self._open = None

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data.replace("\n", " "))
            if self._open is not None:
                self._open.append(data)


def parsed(html: str) -> Text:
    p = Text()
    p.feed(html)
    p.close()
    return p


def plain(html: str) -> str:
    """The text of an HTML fragment, one line per block (text without markup comes back stripped)."""
    if "<" not in html:
        return html.strip()
    return "\n".join(l.strip() for l in "".join(parsed(html).out).split("\n") if l.strip())
