"""A kept file (write/staging.Staging.keep: linked from the last site by name between the two
folders' descriptors) that cannot be linked stops the build with one line naming the file in
the last site, as link(2) with whole paths did, and leaves the staging folder removed."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.errors import OutputError
from chronicle.write.staging import Staging


def _last_site(tmp_path: Path) -> Path:
    out = tmp_path / "site"
    (out / "articles").mkdir(parents=True)
    (out / "index.html").write_text("<!doctype html>")
    (out / "articles" / "kept.html").write_text("kept")
    return out


def test_kept_files_are_links_to_the_last_sites(tmp_path):
    out = _last_site(tmp_path)
    with Staging(out, {}) as staging:
        staging.keep("articles/kept.html")
        staging.keep("index.html")
        assert (staging.folder / "articles" / "kept.html").stat().st_ino == (out / "articles" / "kept.html").stat().st_ino
        assert (staging.folder / "index.html").stat().st_ino == (out / "index.html").stat().st_ino


@pytest.mark.parametrize("path", ["articles/gone.html", "topics/gone.html"])
def test_a_kept_file_that_is_gone_is_named_whole(tmp_path, path):
    out = _last_site(tmp_path)
    with Staging(out, {}) as staging:
        staging.keep("articles/kept.html")
        with pytest.raises(OutputError) as failed:
            staging.keep(path)
        folder = staging.folder
    message = str(failed.value)
    assert message.startswith(f"{out / path}: cannot write the site"), message
    assert "\n" not in message and not folder.exists()
