"""Content errors: collected, reported together as path:line: message, exit 1, never a traceback."""
from __future__ import annotations

import shutil

from conftest import FIXTURE, ROOT, build_fixture, copy_fixture, run_cli


def _build(site, out):
    return run_cli("build", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                   "--out", str(out), cwd=site)


def test_all_content_errors_are_reported_together_with_lines(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    arts = site / "content" / "articles"
    (arts / "no-title.md").write_text("---\ndate: 2025-01-01\n---\nbody\n")
    (arts / "bad-date.md").write_text("---\ntitle: Bad date\ndate: 2025-02-30\n---\nbody\n")
    (arts / "bad-yaml.md").write_text("---\ntitle: ok\ntags: [a, b\nsource: x\n---\nbody\n")
    (arts / "broken-link.md").write_text("---\ntitle: Links\n---\nfirst line\n\nsee [gone](missing-article.md)\n")
    (arts / "2025").joinpath("nato-summit.md").write_text("---\ntitle: Same name\n---\nbody\n")
    result = _build(site, tmp_path / "out")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert "content/articles/bad-date.md:3: 'date' 2025-02-30 is not a real date" in lines
    assert "content/articles/no-title.md:2: missing 'title': every article needs a title" in lines
    assert any(l.startswith("content/articles/bad-yaml.md:4:") and "YAML syntax error" in l for l in lines), lines
    assert "content/articles/broken-link.md:6: link to 'missing-article.md': no article or page has that file name" in lines
    dup = [l for l in lines if "duplicate page name 'nato-summit'" in l]
    assert len(dup) == 1 and "content/articles/2025/nato-summit.md" in dup[0] and "content/articles/nato-summit.md" in dup[0]
    assert lines[-1] == "5 errors; nothing was published"
    assert not (tmp_path / "out").exists()


def test_a_typo_in_a_layout_names_the_layout_and_line(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    layouts = tmp_path / "layouts"
    shutil.copytree(ROOT / "layouts", layouts)
    text = (layouts / "topic.html").read_text().replace("{{ topic.name }}</h1>", "{{ topic.nmae }}</h1>")
    (layouts / "topic.html").write_text(text)
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "topic.nmae" in l)
    result = run_cli("build", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                     "--layouts", str(layouts), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{layouts / 'topic.html'}:{line}: ")
    assert "nmae" in result.stderr


def test_failed_build_leaves_the_previous_site_and_unchanged_files_are_not_rewritten(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    out = tmp_path / "out"
    build_fixture(out, "--no-search", content=site / "content", config=site / "config.yaml")
    before = {p: (p.read_bytes(), p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    # an edit to one article, then a rebuild: only pages showing it change
    art = site / "content" / "articles" / "black-sea.md"
    art.write_text(art.read_text().replace("grew.", "grew quickly."))
    build_fixture(out, "--no-search", content=site / "content", config=site / "config.yaml")
    kept = [p for p, (data, ino, mtime) in before.items() if p.exists() and p.stat().st_ino == ino and p.stat().st_mtime_ns == mtime]
    assert out / "articles" / "nato-summit.html" in kept
    assert out / "articles" / "black-sea.html" not in kept
    assert b"grew quickly" in (out / "articles" / "black-sea.html").read_bytes()
    snapshot = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    # now break the content: the site stays exactly as it was
    (site / "content" / "articles" / "broken.md").write_text("---\ntitle: [unclosed\n---\n")
    result = _build(site, out)
    assert result.returncode == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == snapshot


def test_usage_errors_exit_2(tmp_path):
    result = run_cli("build", "--no-such-flag")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_two_builds_of_the_same_input_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build_fixture(a, "--no-search")
    run = run_cli("build", "--no-search", "--content", str(FIXTURE / "content"), "--config", str(FIXTURE / "config.yaml"),
                  "--out", str(b), env={"PYTHONHASHSEED": "12345", "TZ": "Pacific/Kiritimati"})
    assert run.returncode == 0
    files_a = {p.relative_to(a): p.read_bytes() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b): p.read_bytes() for p in b.rglob("*") if p.is_file()}
    assert files_a == files_b
