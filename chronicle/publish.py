"""Outputs made from the finished site: feeds, sitemap, robots.txt, and the offline copies
(offline search index, service worker and its manifest, the downloadable zip)."""
from __future__ import annotations

from . import feeds
from .config import Config
from .model import OutputFile, SiteIndex
from .offline import offline_index
from .serviceworker import offline_manifest, service_worker
from .sitezip import site_zip, zip_folder_name


def publish_files(index: SiteIndex, config: Config, files: list[OutputFile], page_paths: list[str], options) -> list[OutputFile]:
    """Files derived from the rendered site. `files` is everything else the build made (search index included)."""
    out = feeds.feeds(index, config) + [feeds.sitemap(page_paths, index, config), feeds.robots(config)]
    if getattr(options, "search", True):
        out.append(offline_index(index))
    if getattr(options, "dev", False):
        return out  # the dev server needs neither a service worker nor a zip
    out.append(offline_manifest(files + out))
    out.append(service_worker(files + out))
    if config.download_zip:
        out.append(site_zip(files + out, zip_folder_name(config.title)))
    return out
