"""A seventh red-team pass over what users feed Chronicle: the open items of the last pass (an
emptied content folder, a catastrophic ingest rule, a layout that never ends, a renamed ingested
file) and what no pass had reached. Each test failed before its fix."""
from __future__ import annotations

import os
import re
from pathlib import Path

from chronicle.cli import main

CONFIG = "site:\n  title: Hostile\n  url: https://example.org\ntopics:\n  nato: {name: NATO}\n"


def _site(tmp_path: Path, articles: dict[str, str], config: str = CONFIG) -> Path:
    site = tmp_path / "s"
    (site / "content/articles").mkdir(parents=True, exist_ok=True)
    (site / "config.yaml").write_text(config, encoding="utf-8")
    for name, text in articles.items():
        (site / "content/articles" / name).write_text(text, encoding="utf-8")
    return site


def _article(title: str, date: str = "2025-03-01", tags: str = "[nato]") -> str:
    return f"---\ntitle: {title}\ndate: {date}\ntags: {tags}\n---\nSome words of body text.\n"


def _build(site: Path, capsys, *extra: str, content: Path | None = None) -> tuple[int, str]:
    code = main(["build", "--no-search", "--content", str(content or site / "content"), "--config",
                 str(site / "config.yaml"), "--out", str(site / "site"), *extra])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return code, err


def _one_error(code: int, err: str, where: str, words: str) -> None:
    assert code == 1, err
    assert re.search(rf"^{re.escape(where)}(:\d+)?: .*{re.escape(words)}", err, re.M), err


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_an_emptied_content_folder_does_not_replace_the_published_site(tmp_path, capsys):
    """An existing but empty --content (a drive not mounted, a sync not finished) or a missing one
    published a site of no article over the last good one: every article page gone from the web."""
    site = _site(tmp_path, {"a.md": _article("A"), "b.md": _article("B", date="2025-03-02")})
    assert _build(site, capsys)[0] == 0
    before = _snapshot(site / "site")
    for name in ("a.md", "b.md"):
        (site / "content/articles" / name).unlink()
    empty = tmp_path / "mnt"
    empty.mkdir()
    for content in (site / "content", empty, tmp_path / "not-mounted"):
        code, err = _build(site, capsys, content=content)
        _one_error(code, err, os.path.relpath(content), "has 2 article page(s): kept as it is")
        assert "--allow-empty" in err and _snapshot(site / "site") == before
    code, err = _build(site, capsys, "--allow-empty")
    assert code == 0, err
    assert not (site / "site/articles").exists() or not list((site / "site/articles").iterdir())
    assert _build(site, capsys)[0] == 0   # published empty on purpose: the next build is no loss
