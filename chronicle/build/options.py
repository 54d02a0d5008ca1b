"""What a build is asked to do (BuildOptions) and the clock of its stages. Standard library only:
every command imports it, the quickest build included."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class BuildOptions:
    content_dir: Path = PROJECT_ROOT / "content"
    out_dir: Path = PROJECT_ROOT / "site"
    config_path: Path = PROJECT_ROOT / "config.yaml"
    layouts_dir: Path = PROJECT_ROOT / "layouts"
    search: bool = True
    base_path: str | None = None
    drafts: bool = False
    dev: bool = False                    # serving: inject the live-reload script
    jobs: int = 0                        # processes for parsing and rendering; 0 = one per core
    cache: bool = True                   # False: a cold build that neither reads nor trusts the cache
    shown_base: Path | None = None       # paths in messages are shown relative to this
    allow_empty: bool = False            # publish a site without articles over one that has some


class Stages:
    """Times each stage; on a terminal, shows which stage is running."""

    def __init__(self, progress: Callable[[str], None] | None):
        self.seconds: dict[str, float] = {}
        self.progress = progress

    def run(self, name: str, fn, *args):
        if self.progress:
            self.progress(name)
        start = time.perf_counter()
        result = fn(*args)
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start
        return result
