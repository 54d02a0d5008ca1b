"""`build.py new "Title"`: a complete, valid draft at a path from date and slug; never overwrites."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import FIXTURE, copy_fixture, run_cli

from chronicle.source import frontmatter


def _new(project: Path, *args: str):
    return run_cli("new", *args, "--content", "content", cwd=project)


def _fields(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    yaml_text, first, body, _ = frontmatter.split(text, str(path))
    fields, errors = frontmatter.parse_fields(yaml_text, first, str(path))
    assert errors == []
    return fields, body


def test_new_writes_complete_front_matter_at_a_dated_path(tmp_path):
    project = copy_fixture(tmp_path / "p")
    result = _new(project, 'Breaking: "talks" collapse — Zelenskyy & Trump', "--tags", "nato, ukraine",
                  "--date", "2025-05-07", "--source", "The Times")
    assert result.returncode == 0, result.stderr
    shown = "content/articles/2025/2025-05-07-breaking-talks-collapse-zelenskyy-trump.md"
    assert result.stdout == shown + "\n"
    fields, body = _fields(project / shown)
    assert fields["title"] == 'Breaking: "talks" collapse — Zelenskyy & Trump'
    assert fields["date"] == dt.date(2025, 5, 7)
    assert fields["source"] == "The Times"
    assert fields["tags"] == ("nato", "ukraine")
    assert fields["draft"] is True
    text = (project / shown).read_text()
    for name in ("title", "date", "source", "url", "tags", "summary", "draft"):
        assert f"\n{name}:" in text, f"front matter should show the '{name}' field"
    assert body.strip()


def test_new_article_passes_check_and_is_a_draft(tmp_path):
    project = copy_fixture(tmp_path / "p")
    path = _new(project, "Drones over the Baltic", "--tags", "nato", "--date", "2025-06-01").stdout.strip()
    check = run_cli("check", "--content", "content", "--config", "config.yaml", cwd=project)
    assert check.returncode == 0, check.stderr
    assert path not in check.stderr

    published = run_cli("build", "--content", "content", "--config", "config.yaml", "--out", "site", "--no-search", cwd=project)
    assert published.returncode == 0, published.stderr
    assert not (project / "site/articles/drones-over-the-baltic.html").exists(), "drafts stay out of the published site"

    preview = run_cli("build", "--content", "content", "--config", "config.yaml", "--out", "preview", "--no-search",
                      "--drafts", cwd=project)
    assert preview.returncode == 0, preview.stderr
    page = (project / "preview/articles/drones-over-the-baltic.html").read_text()
    assert "[draft] Drones over the Baltic" in page


def test_new_without_date_uses_today(tmp_path):
    project = copy_fixture(tmp_path / "p")
    before = dt.date.today()
    out = _new(project, "Today's piece").stdout.strip()
    after = dt.date.today()
    assert any(out == f"content/articles/{d.year}/{d.isoformat()}-today-s-piece.md" for d in {before, after}), out
    fields, _ = _fields(project / out)
    assert fields["date"] in {before, after}


def test_new_refuses_to_overwrite(tmp_path):
    project = copy_fixture(tmp_path / "p")
    first = _new(project, "Ceasefire talks", "--date", "2025-05-07")
    path = project / first.stdout.strip()
    path.write_text(path.read_text().replace("Write the article here", "My precious words"))
    again = _new(project, "Ceasefire talks", "--date", "2025-05-07")
    assert again.returncode == 1
    assert again.stderr == "content/articles/2025/2025-05-07-ceasefire-talks.md: already exists; edit it, or choose another title or --date\n"
    assert "My precious words" in path.read_text()


def test_new_refuses_a_second_file_with_the_same_page_name(tmp_path):
    project = copy_fixture(tmp_path / "p")
    assert (FIXTURE / "content/articles/black-sea.md").exists()
    result = _new(project, "Black Sea", "--date", "2025-05-07")
    assert result.returncode == 1
    assert result.stderr == "content/articles/black-sea.md: already makes the page 'black-sea'; edit it, or choose another title\n"
    assert not (project / "content/articles/2025/2025-05-07-black-sea.md").exists()


def test_new_rejects_a_title_without_letters(tmp_path):
    project = copy_fixture(tmp_path / "p")
    result = _new(project, "!!!")
    assert result.returncode == 1
    assert "no letters or digits" in result.stderr
    assert "Traceback" not in result.stderr


def test_new_rejects_an_impossible_date(tmp_path):
    project = copy_fixture(tmp_path / "p")
    result = _new(project, "A title", "--date", "2025-02-30")
    assert result.returncode == 2
    assert "'2025-02-30' is not a date YYYY-MM-DD" in result.stderr


def test_new_refuses_a_missing_content_folder(tmp_path):
    result = run_cli("new", "A title", "--content", "contnet", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == "contnet: content folder not found; run from the project folder or pass --content\n"
    assert not (tmp_path / "contnet").exists()


def test_new_reports_a_folder_it_cannot_make(tmp_path):
    project = copy_fixture(tmp_path / "p")
    (project / "content/articles/2030").write_text("a file where the year folder should be")
    result = _new(project, "Blocked", "--date", "2030-01-01")
    assert result.returncode == 1
    assert result.stderr == "content/articles/2030: cannot create this folder: File exists\n"
