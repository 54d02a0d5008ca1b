"""urls.relative: the links between pages, made by string work alone, are what posixpath.relpath
(which asks the file system for the working folder) gives, anchors kept."""
from __future__ import annotations

import posixpath
import random

from chronicle import urls


def _by_relpath(from_path: str, to_path: str) -> str:
    if from_path == to_path:
        return posixpath.basename(to_path)
    to_path, hash_, anchor = to_path.partition("#")
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".") + hash_ + anchor


def test_links_between_the_sites_own_pages():
    assert urls.relative("articles/a.html", "articles/b.html") == "b.html"
    assert urls.relative("articles/a.html", "index.html") == "../index.html"
    assert urls.relative("index.html", "topics/nato/2025.html#m-2025-06") == "topics/nato/2025.html#m-2025-06"
    assert urls.relative("topics/nato/2025.html", "topics/nato.html") == "../nato.html"
    assert urls.relative("topics/nato/2025.html", "timeline/2025-06.html") == "../../timeline/2025-06.html"
    assert urls.relative("topics/nato.html", "topics/nato.html") == "nato.html"
    assert urls.relative("a/b/c.html", "a") == ".."


def test_any_pair_of_paths_links_as_relpath_does():
    rng = random.Random(17)
    names = ["a", "b", "articles", "topics", "x.html", "index.html", "2025.html", ".", "..", "", "é.html"]
    def path():
        return "/".join(rng.choice(names) for _ in range(rng.randint(1, 4)))
    tried = 0
    for _ in range(20000):
        start, target = path(), path() + rng.choice(["", "", "#m-2025-06", "#"])
        try:
            expected = _by_relpath(start, target)
        except ValueError:   # relpath refuses an empty path: so must relative
            continue
        assert urls.relative(start, target) == expected, (start, target)
        tried += 1
    assert tried > 15000


def test_title_slug_is_the_offline_engines():
    """urls.title_slug and titleSlug in search-offline.js make the same slug of an ASCII title
    (lower case, a '-' for each run of anything else, none at the ends), and none of another."""
    assert urls.title_slug("NATO allies meet in The Hague") == "nato-allies-meet-in-the-hague"
    assert urls.title_slug("  U.S. & E.U.: 5% tariffs -- again?! ") == "u-s-e-u-5-tariffs-again"
    assert urls.title_slug("Chișinău votes") is None and urls.title_slug("Kraków") is None
    assert urls.title_slug("?!") == ""
