"""What the preview watches, and how it batches bursts (chronicle/preview/watch.py), without a server."""
from __future__ import annotations

import threading
import time
from pathlib import Path

from chronicle.preview.watch import ChangeFilter, Watcher


def _project(tmp_path: Path) -> tuple[Path, ChangeFilter]:
    for d in ("content/articles", "layouts/static", "site/articles"):
        (tmp_path / d).mkdir(parents=True)
    (tmp_path / "config.yaml").write_text("site: {}\n")
    f = ChangeFilter([tmp_path / "content", tmp_path / "layouts"], [tmp_path / "config.yaml"], [tmp_path / "site"])
    return tmp_path, f


def test_sources_are_watched(tmp_path):
    root, f = _project(tmp_path)
    for path in ("content/articles/a.md", "content/articles/2026/new-folder", "content/sources/001_x.txt",
                 "layouts/base.html", "layouts/static/style.css", "config.yaml"):
        assert f.relevant(root / path), path


def test_output_editor_junk_and_neighbours_of_config_are_not(tmp_path):
    root, f = _project(tmp_path)
    for path in ("site/index.html", "site/articles/a.html", ".site.staging/index.html", ".site.lock",
                 "content/articles/.a.md.swp", "content/articles/a.md~", "content/articles/4913",
                 "content/articles/#a.md#", "content/.git/HEAD", "content/.articles.lock",
                 "content/articles/.ingested.json", "README.md", "config.yaml.bak"):
        assert not f.relevant(root / path), path


def test_a_burst_of_events_is_one_batch(tmp_path):
    root, _ = _project(tmp_path)
    batches: list[set[Path]] = []
    done = threading.Event()

    def on_batch(batch):
        batches.append(batch)
        done.set()

    w = Watcher([root / "content"], [root / "config.yaml"], [root / "site"], on_batch, quiet=0.5, longest=30)
    w.start()
    try:
        for i in range(20):
            w.notify(str(root / f"content/articles/a{i % 3}.md"))
        assert done.wait(60)
        time.sleep(1.0)
        assert len(batches) == 1
        assert batches[0] == {root / f"content/articles/a{i}.md" for i in range(3)}
        # and real file events arrive through watchdog
        done.clear()
        (root / "content/articles/real.md").write_text("---\ntitle: x\n---\n")
        assert done.wait(60)
        assert root / "content/articles/real.md" in set().union(*batches[1:])
    finally:
        w.stop()
