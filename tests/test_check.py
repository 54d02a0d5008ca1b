"""`build.py check`: one folder per kind of mistake, the exact lines a writer sees pinned in expected.txt.

To look at a case by hand:  cd tests/fixtures/check/<case> && ../../../../build.py check --content content --config ../config.yaml
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

CASES_DIR = ROOT / "tests" / "fixtures" / "check"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> Path:
    """A private copy, so a test can also prove that `check` wrote nothing."""
    dest = tmp_path_factory.mktemp("check") / "check"
    shutil.copytree(CASES_DIR, dest)
    return dest


def _files(folder: Path) -> list[tuple[str, bytes]]:
    return sorted((p.relative_to(folder).as_posix(), p.read_bytes()) for p in folder.rglob("*") if p.is_file())


def _check(case_dir: Path, *extra: str):
    return run_cli("check", "--content", "content", "--config", "../config.yaml", *extra, cwd=case_dir)


def test_every_kind_of_mistake_has_a_case():
    assert {"yaml-syntax", "missing-title", "empty-title", "bad-date", "unknown-tag", "duplicate-slug",
            "duplicate-id", "broken-link", "wrong-type", "clean"} <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_check_prints_exactly_the_pinned_lines(cases, case):
    folder = cases / case
    before = _files(folder)
    result = _check(folder)
    expected = (CASES_DIR / case / "expected.txt").read_text()
    assert "Traceback" not in result.stderr
    assert result.stderr == expected
    errors = sum(": error: " in line for line in expected.splitlines())
    warnings = sum(": warning: " in line for line in expected.splitlines())
    assert result.stdout == f"{errors} error(s), {warnings} warning(s)\n"
    assert result.returncode == (1 if errors else 0)
    assert _files(folder) == before, "check must build and write nothing"


def test_expected_lines_name_a_real_line_and_column(cases):
    """Every pinned location points inside its file (a typo in expected.txt cannot hide a wrong line)."""
    for case in CASES:
        for line in (CASES_DIR / case / "expected.txt").read_text().splitlines():
            path, lineno, col, _rest = line.split(":", 3)
            text = (CASES_DIR / case / path).read_text().split("\n")
            assert 1 <= int(lineno) <= len(text), line
            assert 1 <= int(col) <= len(text[int(lineno) - 1]) + 1, line


def test_yaml_error_points_at_the_line_in_the_file_not_in_the_front_matter(cases):
    result = _check(cases / "yaml-syntax")
    # the unclosed quote is on line 4 of the file (line 3 of the front matter), column 10
    assert "content/articles/bad-quote.md:4:10: error: YAML syntax error: the quote that starts here is never closed" in result.stderr
    line = (cases / "yaml-syntax/content/articles/bad-quote.md").read_text().split("\n")[3]
    assert line[9] == '"'


def test_warnings_fail_only_with_strict(cases):
    assert _check(cases / "unknown-tag").returncode == 0
    strict = _check(cases / "unknown-tag", "--strict")
    assert strict.returncode == 1
    assert "did you mean 'ukraine'?" in strict.stderr


def test_duplicates_name_both_files(cases):
    slug = _check(cases / "duplicate-slug").stderr
    assert "content/articles/2025/peace-plan.md" in slug and "content/articles/2024/2024-01-02-peace-plan.md" in slug
    ids = _check(cases / "duplicate-id").stderr
    assert ids.startswith("content/articles/second.md:") and "content/articles/first.md" in ids


def test_fixing_the_file_clears_the_error(tmp_path):
    shutil.copytree(CASES_DIR / "bad-date", tmp_path / "case")
    shutil.copy(CASES_DIR / "config.yaml", tmp_path / "config.yaml")
    article = tmp_path / "case/content/articles/february.md"
    article.write_text(article.read_text().replace("2025-02-30", "2025-02-28"))
    result = _check(tmp_path / "case")
    assert "february.md" not in result.stderr
    assert result.stdout == "2 error(s), 0 warning(s)\n"


def test_config_errors_are_reported_with_their_line_and_content_is_still_checked(tmp_path):
    shutil.copytree(CASES_DIR / "bad-date", tmp_path / "case")
    (tmp_path / "config.yaml").write_text("site:\n  title: X\nbuild:\n  home_latest: many\n")
    result = _check(tmp_path / "case")
    assert "../config.yaml:4:1: error: 'build.home_latest' must be a whole number" in result.stderr
    assert "february.md:3:7: error:" in result.stderr
    assert result.returncode == 1


@pytest.mark.parametrize("case", [c for c in CASES if ": error: " in (CASES_DIR / c / "expected.txt").read_text()])
def test_build_refuses_what_check_calls_an_error(cases, case, tmp_path):
    """`check` and the build agree: every case with an error publishes nothing."""
    out = tmp_path / "site"
    result = run_cli("build", "--content", "content", "--config", "../config.yaml", "--out", str(out),
                     "--no-search", cwd=cases / case)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    first_error = next(line for line in (CASES_DIR / case / "expected.txt").read_text().splitlines() if ": error: " in line)
    path, lineno = first_error.split(":")[:2]
    assert f"{path}:" in result.stderr
    assert not (out / "index.html").exists()
