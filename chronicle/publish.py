"""Outputs made from the finished site: feeds, sitemap, robots.txt, and the offline copies
(offline search index, service worker and its manifest, the downloadable zip)."""
from __future__ import annotations

from . import feeds
from .config import Config
from .model import SiteIndex
from .offline import offline_index
from .serviceworker import offline_files
from .sitezip import SITE_ZIP, in_zip, zip_chunks, zip_folder_name, zip_order


def publish_files(index: SiteIndex, config: Config, page_paths: list[str], options, sink) -> None:
    """Files derived from the rendered site, added to `sink`, which holds everything else the
    build made (search index included)."""
    for f in feeds.feeds(index, config) + [feeds.sitemap(page_paths, index, config), feeds.robots(config)]:
        sink.add(f)
    if getattr(options, "search", True):
        sink.add(offline_index(index))
    if getattr(options, "dev", False):
        return  # the dev server needs neither a service worker nor a zip
    for f in offline_files(dict(sink.records)):
        sink.add(f)
    if config.download_zip:
        sink.add_chunks(SITE_ZIP, zip_chunks(zip_order(p for p in sink.paths() if in_zip(p)), sink.read, zip_folder_name(config.title)))
