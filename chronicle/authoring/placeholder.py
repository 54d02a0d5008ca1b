"""The warning `make site` and `check` give while site.url is still an example address.

Relative links work anywhere, but a few outputs must name the site's real address: the Atom
feeds, sitemap.xml and robots.txt, and every page's canonical link (404.html's too,
which GitHub Pages serves for any missing path). Built with the example address, they point
readers, feed readers and search engines at someone else's site.
"""
from __future__ import annotations

from ..config import Config
from ..errors import ConfigWarning
from ..source import yamlnodes as Y

EXAMPLE_URLS = ("https://example.github.io", "https://example.org", "https://example.com")
DEPENDING = "the Atom feeds, sitemap.xml, robots.txt and the canonical link of every page (404.html too)"


def placeholder_url(config: Config, shown: str) -> ConfigWarning | None:
    """`shown`: the config file's path as messages show it."""
    if not config.raw:
        return None   # no config file: a folder of articles being checked, not a site to publish
    url = config.url.rstrip("/").lower()
    if url not in EXAMPLE_URLS and not url.startswith(tuple(u + ":" for u in EXAMPLE_URLS)):
        return None
    line = _url_line(config.path)
    where = "is still" if line else "is not set, so it is"
    return ConfigWarning(shown, line, f"site.url {where} the example {config.url}: {DEPENDING} point there; "
                                      f"set it to the address the site is published at (https://USER.github.io)")


def doubled_base_path(config: Config, shown: str) -> ConfigWarning | None:
    """site.url written with the repository's part (`https://USER.github.io/REPO`) while the base
    path is /REPO/ too (the Pages workflow's BASE_PATH): every absolute address said /REPO/REPO/,
    a page that does not exist, without a word."""
    path = "/" + config.url.split("://", 1)[-1].partition("/")[2].strip("/") + "/"
    if config.base_path == "/" or not config.raw or not path.endswith(config.base_path):
        return None
    return ConfigWarning(shown, _url_line(config.path), f"site.url {config.url} already ends with the base path "
                                                        f"{config.base_path}: {DEPENDING} would point at "
                                                        f"{config.absolute_root}; write site.url without it")


def _url_line(path: str) -> int | None:
    """The line of `site: url:` in the config file (read again: only this warning needs it)."""
    try:
        root = Y.parse(open(path, encoding="utf-8-sig").read(), limit=Y.MAX_CONFIG_NODES)
    except (OSError, UnicodeDecodeError, Y.YamlProblem):
        return None
    site = root.get("site") if isinstance(root, Y.Map) else None
    for key, _ in (site.items if isinstance(site, Y.Map) else ()):
        if key.text == "url":
            return key.line
    return None
