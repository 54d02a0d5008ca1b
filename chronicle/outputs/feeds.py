"""Atom feeds, sitemap.xml and robots.txt: the only outputs with absolute URLs."""
from __future__ import annotations

import datetime as dt

from .. import urls
from ..config import Config
from ..model import Article, OutputFile, SiteIndex

_EPOCH = dt.date(1970, 1, 1)


def escape(text: str) -> str:
    """XML character data, as xml.sax.saxutils.escape (whose module imports urllib and the
    email package: a fifth of the quick path's start)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    """A quoted XML attribute value, as xml.sax.saxutils.quoteattr."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


def _stamp(day: dt.date | None) -> str:
    return f"{(day or _EPOCH).isoformat()}T00:00:00Z"


def with_content(feed_path: str) -> bool:
    """Only the site's feed carries the articles' full text; a topic's feed their summaries and
    links (issue 13: 200 topic feeds of 50 full entries were 40 MB of a 10,000-article site)."""
    return feed_path == urls.FEED


def atom_feed(config: Config, path: str, title: str, page_path: str, articles: tuple[Article, ...]) -> OutputFile:
    root = config.absolute_root
    entries = [a for a in articles][: config.feed_entries]
    updated = max((a.date for a in entries if a.date), default=None)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title>",
        f"<id>{escape(urls.absolute(root, path))}</id>",
        f'<link rel="self" type="application/atom+xml" href={quoteattr(urls.absolute(root, path))}/>',
        f'<link rel="alternate" type="text/html" href={quoteattr(urls.absolute(root, page_path))}/>',
        f"<updated>{_stamp(updated)}</updated>",
        f"<author><name>{escape(config.author or config.title)}</name></author>",
        '<generator uri="https://github.com/chronicle">Chronicle</generator>',
    ]
    for a in entries:
        out += atom_entry(config, a, with_content(path))
    out.append("</feed>")
    return OutputFile(path, ("\n".join(out) + "\n").encode("utf-8"))


def atom_entry(config: Config, a: Article, content: bool = True) -> list[str]:
    link = urls.absolute(config.absolute_root, a.page_path)
    out = [
        "<entry>",
        f"<title>{escape(a.title)}</title>",
        f'<link rel="alternate" type="text/html" href={quoteattr(link)}/>',
        f"<id>{escape(link)}</id>",
        f"<updated>{_stamp(a.date)}</updated>",
    ]
    if a.date:
        out.append(f"<published>{_stamp(a.date)}</published>")
    if a.source:
        out.append(f"<author><name>{escape(a.source)}</name></author>")
    out += [f'<category term={quoteattr(t)} label={quoteattr(n)}/>' for t, n in zip(a.tags, a.tag_names)]
    out.append(f"<summary>{escape(a.summary)}</summary>")
    if content:
        out.append(f'<content type="html">{escape(a.body_html)}</content>')
    out.append("</entry>")
    return out


def replace_entries(feed: bytes, path: str, config: Config, fresh: dict[str, Article]) -> bytes | None:
    """The feed at `path` as atom_feed made it, with the entries of `fresh` (by page path) made
    again and every other line kept. None when the feed does not have all their entries."""
    lines = feed.decode("utf-8").split("\n")
    by_id = {f"<id>{escape(urls.absolute(config.absolute_root, path))}</id>": a for path, a in fresh.items()}
    out: list[str] = []
    found = 0
    i = 0
    while i < len(lines):
        if lines[i] == "<entry>" and i + 3 < len(lines) and lines[i + 3] in by_id:
            end = lines.index("</entry>", i)   # escaped text cannot hold a bare "</entry>" line
            out += atom_entry(config, by_id[lines[i + 3]], with_content(path))
            found += 1
            i = end + 1
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out).encode("utf-8") if found == len(fresh) else None


def feeds(index: SiteIndex, config: Config, showing: frozenset[str] | None = None) -> list[OutputFile]:
    """The site's feed and one per topic; with `showing` (article page paths), only the feeds
    whose entries include one of those articles."""
    return [atom_feed(config, *source) for source in feed_sources(index, config, showing)]


def feed_sources(index: SiteIndex, config: Config, showing: frozenset[str] | None = None):
    """(path, title, page path, articles) of each feed, or of those showing one of `showing`."""
    def shown(articles: tuple[Article, ...]) -> bool:
        return showing is None or any(a.page_path in showing for a in articles[: config.feed_entries])

    sources = [(urls.FEED, config.title, urls.HOME, index.articles)]
    sources += [(t.feed_path, f"{config.title}: {t.name}", t.page_path, t.articles) for t in index.topics.values()]
    return [source for source in sources if shown(source[3])]


def sitemap(page_paths: list[str], index: SiteIndex, config: Config) -> OutputFile:
    dates = {a.page_path: a.date for a in index.articles}
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for path in sorted(page_paths):
        if path == urls.NOT_FOUND:
            continue
        out.append(f"<url><loc>{escape(urls.absolute(config.absolute_root, path))}</loc>"
                   + (f"<lastmod>{dates[path].isoformat()}</lastmod>" if dates.get(path) else "") + "</url>")
    out.append("</urlset>")
    return OutputFile(urls.SITEMAP, ("\n".join(out) + "\n").encode("utf-8"))


def robots(config: Config) -> OutputFile:
    text = f"User-agent: *\nAllow: /\nSitemap: {urls.absolute(config.absolute_root, urls.SITEMAP)}\n"
    return OutputFile(urls.ROBOTS, text.encode("utf-8"))
