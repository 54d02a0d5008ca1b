"""The site's size against the limits of where it is published (issue 13).

Limits applied, all from GitHub's documentation or the project's own targets:
- GitHub Pages publishes sites of at most 1 GB: a warning from 80 % of it, "over" above it;
- GitHub refuses files over 100 MB in a repository (a site published from a branch);
- a page budget: no HTML page over 150 KB (readers open pages on phones; the listings are split
  so none grows with the archive, see render/paging.py);
(Search engines read at most 50,000 URLs from one sitemap: past that, sitemap.xml is an index
of sitemaps, outputs/feeds.sitemap.)
They are warnings; `build.size_limits: error` in config.yaml makes them errors, and then the
build publishes nothing (site/ stays the last good build).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Mapping

from ..errors import ChronicleError, SizeError, SizeWarning
from ..model import SiteSize
from ..outputs.sitezip import SITE_ZIP

PAGES_SITE_LIMIT = 1_000_000_000      # GitHub Pages: "no larger than 1 GB"
NEAR = 0.8                            # warn from this share of it
FILE_LIMIT = 100_000_000              # GitHub: files over 100 MB are refused in a repository
PAGE_BUDGET = 150_000                 # bytes of HTML a page may have


def summary(size: SiteSize, articles: int) -> str:
    per = f", {size.bytes / articles / 1000:.1f} KB per article" if articles else ""
    page, n = size.largest_page
    return (f"Site: {megabytes(size.bytes)} in {size.files:,} files{per}; largest page {page} "
            f"({n / 1000:.0f} KB); GitHub Pages allows {megabytes(PAGES_SITE_LIMIT)}")


def megabytes(n: int) -> str:
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB"


def site_size(sizes: Iterable[tuple[str, int]]) -> SiteSize:
    total = files = over = pages = zipped = 0
    page, largest = ("", 0), ("", 0)
    for path, size in sizes:
        total += size
        files += 1
        if size > largest[1]:
            largest = (path, size)
        if path.endswith(".html"):
            if size > page[1]:   # the first of the largest, as max() would keep it
                page = (path, size)
            over += size > PAGE_BUDGET
            pages += 1
        elif path == SITE_ZIP:
            zipped = size
    return SiteSize(total, files, page, largest, over, pages, zipped)


def sizes_of(records: Mapping[str, tuple], folder: Path, unrecorded: Iterable[str]) -> list[tuple[str, int]]:
    """(path, bytes) of every file: from the build's records (size, digest), and from the disk for
    the files made in pieces that have none (the zip)."""
    sizes = [(path, record[0]) for path, record in records.items()]
    for path in unrecorded:
        try:
            sizes.append((path, os.stat(folder / path).st_size))
        except FileNotFoundError:
            pass
    return sizes


def size_from_state(records: Mapping[str, tuple], stats: Mapping[str, tuple], unrecorded: Iterable[str]) -> SiteSize:
    """The site's size from a build's records and, for the files made in pieces (the zip), the
    size in their stat keys (model.StatKey: size first)."""
    return site_size([*((path, record[0]) for path, record in records.items()),
                      *((path, stats[path][0]) for path in unrecorded if path in stats)])


def problems(size: SiteSize) -> list[str]:
    found = []
    if size.bytes > PAGES_SITE_LIMIT:
        found.append(f"the site is {megabytes(size.bytes)}, over GitHub Pages' limit of {megabytes(PAGES_SITE_LIMIT)}: "
                     f"Pages will refuse it ({_lighter(size)})")
    elif size.bytes > NEAR * PAGES_SITE_LIMIT:
        found.append(f"the site is {megabytes(size.bytes)}, {size.bytes / PAGES_SITE_LIMIT:.0%} of GitHub Pages' "
                     f"limit of {megabytes(PAGES_SITE_LIMIT)}")
    if size.largest_file[1] > FILE_LIMIT:
        found.append(f"{size.largest_file[0]} is {megabytes(size.largest_file[1])}; GitHub refuses files over "
                     f"{megabytes(FILE_LIMIT)} in a repository (fine when the Pages workflow uploads the site)")
    if size.pages_over_budget:
        path, n = size.largest_page
        found.append(f"{size.pages_over_budget} page(s) over the page budget of {PAGE_BUDGET // 1000} KB, "
                     f"the largest {path} ({n // 1000} KB)")
    return found


def _lighter(size: SiteSize) -> str:
    """What would make this site lighter, biggest first: the downloadable archive when the site has
    one, else the related lists (about a tenth of an article page at five), else fewer articles.
    The figures behind them: docs/publishing.md, "When the site is too large"."""
    ways = []
    if size.download_zip:
        ways.append(f"build.download_zip: false saves {megabytes(size.download_zip)}")
    ways.append("build.related_count: 3 or 0 saves about 0.35 or 0.9 KB an article")
    ways.append("or publish fewer articles per site: docs/publishing.md, 'When the site is too large'")
    return "; ".join(ways)


def check(size: SiteSize, shown_out: str, as_errors: bool) -> list[ChronicleError]:
    """Warnings for the report, or a SizeError raised (before the new site replaces the last)."""
    found = problems(size)
    if as_errors and found:
        raise SizeError(shown_out, None, "; ".join(found) + " (build.size_limits: error; the previous site is unchanged)")
    return [SizeWarning(shown_out, None, message) for message in found]
