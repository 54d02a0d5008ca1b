"""Outputs made from the finished site: feeds, sitemap, robots.txt (and, later, offline copies)."""
from __future__ import annotations

from . import feeds
from .config import Config
from .model import OutputFile, SiteIndex


def publish_files(index: SiteIndex, config: Config, files: list[OutputFile], page_paths: list[str], options) -> list[OutputFile]:
    """Files derived from the rendered site. `files` is everything else the build made (search index included)."""
    return feeds.feeds(index, config) + [feeds.sitemap(page_paths, index, config), feeds.robots(config)]
