"""Parse built pages and check every link and asset reference."""
from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def references(page: BeautifulSoup) -> list[str]:
    refs = [a.get("href") for a in page.find_all(["a", "link"]) if a.get("href")]
    refs += [s.get("src") for s in page.find_all(["script", "img"]) if s.get("src")]
    return refs


def broken_links(site: Path, skip: tuple[str, ...] = ("404.html",)) -> list[str]:
    """Every internal link must be relative and point at an existing file (and anchor)."""
    problems = []
    ids: dict[Path, set[str]] = {}
    for page_path in html_pages(site):
        rel = page_path.relative_to(site).as_posix()
        if rel in skip:
            continue
        page = soup(page_path)
        for ref in references(page):
            parts = urlsplit(ref)
            if parts.scheme or parts.netloc:
                continue
            if ref.startswith("/"):
                problems.append(f"{rel}: root-relative link {ref}")
                continue
            if not parts.path:
                continue
            target = (page_path.parent / unquote(parts.path)).resolve()
            if not str(target).startswith(str(site.resolve())):
                problems.append(f"{rel}: link {ref} leaves the site")
            elif not target.is_file():
                problems.append(f"{rel}: broken link {ref}")
            elif parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = {e.get("id") for e in soup(target).find_all(id=True)}
                if parts.fragment not in ids[target]:
                    problems.append(f"{rel}: missing anchor {ref}")
    return problems
