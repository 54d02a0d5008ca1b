"""The only place URL and output path rules live. Pure functions.

Every page links relatively and names files (`topics/index.html`), so the site works
unchanged at a subpath and from `file://`. Absolute URLs (canonical, feeds, sitemap,
404) come from config.url + base_path.
"""
from __future__ import annotations

import posixpath
import re

HOME = "index.html"
SEARCH = "search.html"
NOT_FOUND = "404.html"
FEED = "feed.xml"
SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
TOPICS_INDEX = "topics/index.html"
TIMELINE_INDEX = "timeline/index.html"
UNDATED = "timeline/undated.html"
THREADS_INDEX = "threads/index.html"
STATIC_DIR = "static"
RESERVED_PAGE_SLUGS = {"index", "search", "404", "feed", "sitemap", "robots", "articles", "topics", "timeline", "threads", "static", "pagefind", "offline", "download", "sw"}


def article_path(slug: str) -> str:
    return f"articles/{slug}.html"


# what an article's path holds around its slug: ("articles/", ".html"); lists of many articles
# (the offline index, the offline parts) store slugs and these once
ARTICLE_AFFIXES = tuple(article_path("\0").split("\0"))


_NOT_IN_TITLE_SLUG = re.compile(r"[^a-z0-9]+")


def title_slug(title: str) -> str | None:
    """What an ASCII title reads as in a slug: lower case, each run of other characters one '-',
    none at the ends ("NATO allies meet in The Hague" -> nato-allies-meet-in-the-hague); None for
    any other title. The offline engine (titleSlug in layouts/static/search-offline.js) makes
    the same, so a document entry leaves out a slug that is its title's."""
    return _NOT_IN_TITLE_SLUG.sub("-", title.lower()).strip("-") if title.isascii() else None


def page_path(slug: str) -> str:
    return f"{slug}.html"


def topic_path(slug: str) -> str:
    return f"topics/{slug}.html"


def topic_feed_path(slug: str) -> str:
    return f"topics/{slug}.xml"


def thread_path(slug: str) -> str:
    return f"threads/{slug}.html"


def thread_page(slug: str, number: int) -> str:
    """Page `number` (from 1) of a story's reports: the first is the thread's own page, the
    others in a folder of the thread's own (`threads/<slug>/p2.html`), where no other thread's
    file can be (a slug may end in `-p2`; `threads/` holds only `<slug>.html` and `.xml`)."""
    return thread_path(slug) if number == 1 else f"threads/{slug}/p{number}.html"


def threads_index_page(number: int) -> str:
    """Page `number` (from 1) of the index of threads: the others in `threads/index/`, the folder
    of a thread no slug can name ('index' is reserved: source/slugs.py). As a listing's pages,
    `threads/index-p2.html`, they were the page of a thread pinned or started as 'index-p2': two
    outputs for one file, a build error that named no article."""
    return THREADS_INDEX if number == 1 else f"threads/index/p{number}.html"


def topics_index_page(number: int) -> str:
    """Page `number` (from 1) of the index of topics: the others in `topics/index/`, a folder no
    topic can have ('index' is reserved: source/slugs.py)."""
    return TOPICS_INDEX if number == 1 else f"topics/index/p{number}.html"


def thread_feed_path(slug: str) -> str:
    return f"threads/{slug}.xml"


def month_path(year: int, month: int) -> str:
    return f"timeline/{year:04d}-{month:02d}.html"


def topic_year_path(slug: str, year: int) -> str:
    """A topic's articles of one year, month by month (render/paging.py): `topics/<slug>/`
    holds only these listing pages and the undated one."""
    return f"topics/{slug}/{year:04d}.html"


def topic_undated_path(slug: str) -> str:
    return f"topics/{slug}/undated.html"


def listing_page(path: str, number: int) -> str:
    """Page `number` (from 1) of a listing split into pages: the first keeps the listing's own
    path, so links to a month or a topic month never change when it grows past one page."""
    if number == 1:
        return path
    return f"{path[: -len('.html')]}-p{number}.html"


def sitemap_part(number: int) -> str:
    """One of the sitemaps sitemap.xml indexes when the site has more pages than one may list."""
    return f"sitemap-{number}.xml"


def offline_part_path(name: str) -> str:
    """The list of files of one part a reader can keep offline (outputs/offlineparts.py)."""
    return f"offline/parts/{name}.json"


def static_path(name: str) -> str:
    return f"{STATIC_DIR}/{name}"


# What a file's name cannot hold and still be its web address as it is: a URL reads '#' as the
# start of a fragment, '?' of a query, '%' as an escape, '\\' as '/', and no control character.
# A layout's static file so named was published and listed for offline reading, where every
# browser asked for another file: 'Keep this archive offline' never finished.
_UNLINKABLE = re.compile(r"[#?%\\\x00-\x1f\x7f]")


def unlinkable(name: str) -> str | None:
    """The first character of `name` no web address can hold as it is, else None."""
    m = _UNLINKABLE.search(name)
    return m.group() if m else None


def root_prefix(path: str) -> str:
    """The relative way back to the site root from the page at `path`."""
    return "../" * path.count("/")


def relative(from_path: str, to_path: str) -> str:
    """The link from the page at `from_path` to `to_path` (site paths; an anchor is kept)."""
    if from_path == to_path:
        return posixpath.basename(to_path)
    anchor = ""
    if "#" in to_path:
        to_path, anchor = to_path.split("#", 1)
        anchor = "#" + anchor
    return _relpath(to_path, from_path) + anchor


def _relpath(to_path: str, from_path: str) -> str:
    """posixpath.relpath(to_path, the folder of from_path), by string work alone: relpath asks
    the file system for the working folder twice a call, and a build makes a link per page per
    article shown (test_urls compares the two). Paths that need normalising go to relpath."""
    parts, start = to_path.split("/"), from_path.split("/")[:-1]
    if any(p in _ODD_PARTS for p in parts) or any(p in _ODD_PARTS for p in start):
        return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")
    common = 0
    for a, b in zip(start, parts):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(start) - common) + parts[common:]) or "."


_ODD_PARTS = frozenset(("", ".", ".."))


def absolute(site_root: str, path: str) -> str:
    """`site_root` is config.absolute_root (ends in '/'); directory indexes lose 'index.html'."""
    if path == HOME:
        return site_root
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return site_root + path


def is_safe_output_path(path: str) -> bool:
    """A relative POSIX path that stays inside the output folder."""
    if not path or path.startswith("/") or "\\" in path or "\x00" in path:
        return False
    parts = path.split("/")
    return all(p not in ("", ".", "..") for p in parts)
