"""The one check before a build that would leave the site without an article: a content folder
found empty (a wrong `--content`, a network drive not mounted, a sync that has not finished) was
published as an empty site over the last good one, and every article page vanished from the web."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from ..errors import ContentError
from ..source.scan import NOT_DOCUMENTS
from ..urls import ARTICLE_AFFIXES


def refuse_emptying(out_dir: Path, content_dir: Path, kinds, shown: Callable[[Path], str]) -> None:
    """`kinds`: the kind of each document the scan found. Nothing to refuse while one of them is an
    article, or something loading will explain better (a linked or unreadable folder, a broken
    link: the build then fails), or while the published site has no article page (a new project,
    or a site published empty on purpose with --allow-empty)."""
    if "article" in kinds or not kinds.isdisjoint(NOT_DOCUMENTS):
        return
    published = _published_articles(out_dir)
    if not published:
        return
    where = "is missing" if not content_dir.is_dir() else "holds no article"
    raise ContentError(shown(content_dir), None, f"{where}, and the site in {shown(out_dir)} has {published} article page(s): "
                                            "kept as it is (a wrong --content, or a folder not mounted?); "
                                            "build with --allow-empty to publish a site without articles")


def _published_articles(out_dir: Path) -> int:
    folder, ending = ARTICLE_AFFIXES
    try:
        with os.scandir(out_dir / folder) as it:
            return sum(1 for e in it if e.name.endswith(ending))
    except OSError:   # no site yet, or no articles folder in it
        return 0
