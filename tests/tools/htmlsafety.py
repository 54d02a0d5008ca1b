"""Static safety checks over built HTML: what could run, and whether every page carries the CSP."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

CSP = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'")
URL_ATTRS = {"href", "src", "action", "formaction", "srcset", "xlink:href", "poster", "data", "background", "cite", "ping"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet", "style", "link_import"}
SAFE_DATA = re.compile(r"data:image/(png|gif|jpeg|webp)[;,]", re.I)
OWN_SCRIPT = re.compile(r"^(?:(?:\.\./)*|/(?:[a-z0-9_.-]+/)*)(static/[a-z0-9_-]+\.js|pagefind/[a-z0-9_.-]+\.js|search-index\.js|[a-z0-9_/-]*offline[a-z0-9_-]*\.js)(\?v=[0-9a-f]+)?$")


def _scheme(value: str) -> str:
    v = re.sub(r"[\x00-\x20]", "", value).lower()
    m = re.match(r"^([a-z][a-z0-9+.-]*):", v)
    return m.group(1) if m else ""


class _Scan(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.csp: list[tuple[int, str]] = []
        self.first_script_line: int | None = None
        self.in_ld = False
        self.ld_chunks: list[str] = []
        self.lds: list[str] = []

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs)

    def _tag(self, tag, attrs):
        line = self.getpos()[0]
        a = {k.lower(): (v or "") for k, v in attrs}
        for k, v in attrs:
            if k.lower().startswith("on"):
                self.problems.append(f"line {line}: <{tag} {k}=...> event handler attribute")
            if k.lower() in URL_ATTRS and v:
                scheme = _scheme(v)
                if scheme in ("javascript", "vbscript", "file") or (scheme == "data" and not (tag == "img" and k == "src" and SAFE_DATA.match(v.strip()))):
                    self.problems.append(f"line {line}: <{tag} {k}={v[:60]!r}> dangerous URL")
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"line {line}: <{tag}> element")
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            self.problems.append(f"line {line}: <meta http-equiv=refresh>")
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.csp.append((line, a.get("content", "")))
        if tag == "script":
            if self.first_script_line is None:
                self.first_script_line = line
            if a.get("type") == "application/ld+json" and "src" not in a:
                self.in_ld = True
                self.ld_chunks = []
            elif not OWN_SCRIPT.match(a.get("src", "")) and not a.get("src", "").startswith("/__chronicle/"):
                self.problems.append(f"line {line}: <script {attrs}> is not one of the site's own scripts")

    def handle_data(self, data):
        if self.in_ld:
            self.ld_chunks.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self.in_ld:
            self.in_ld = False
            self.lds.append("".join(self.ld_chunks))


def page_problems(html: str) -> list[str]:
    scan = _Scan()
    scan.feed(html)
    scan.close()
    problems = list(scan.problems)
    if len(scan.csp) != 1:
        problems.append(f"{len(scan.csp)} Content-Security-Policy meta tags (want exactly 1)")
    else:
        line, content = scan.csp[0]
        if content != CSP:
            problems.append(f"unexpected CSP: {content!r}")
        if scan.first_script_line is not None and scan.first_script_line < line:
            problems.append("a script comes before the CSP meta tag")
        head_end = html.find("</head>")
        if head_end >= 0 and html.find('http-equiv="Content-Security-Policy"') > head_end:
            problems.append("the CSP meta tag is not in <head>")
    for ld in scan.lds:
        if "</" in ld or "<!--" in ld:
            problems.append("JSON-LD holds '</' or '<!--'")
        try:
            json.loads(ld)
        except ValueError as exc:
            problems.append(f"JSON-LD is not JSON: {exc}")
    return problems


def site_problems(site: Path) -> dict[str, list[str]]:
    out = {}
    for page in sorted(site.rglob("*.html")):
        probs = page_problems(page.read_text(encoding="utf-8"))
        if probs:
            out[page.relative_to(site).as_posix()] = probs
    return out
