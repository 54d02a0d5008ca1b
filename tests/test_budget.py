"""The site's size against GitHub Pages' limits and the page budget (issue 13), and the warning
for a site.url still at the example address."""
from __future__ import annotations

import os
import re
from pathlib import Path

from conftest import ROOT, build_fixture, copy_fixture, run_cli

from chronicle.build import budget
from chronicle.model import SiteSize


def on_disk(site: Path) -> tuple[int, int]:
    sizes = [os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(site) for n in names]
    return sum(sizes), len(sizes)


def snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_build_prints_the_size_of_the_site_it_published(tmp_path):
    out = tmp_path / "site"
    result = build_fixture(out, "--no-search")
    m = re.search(r"^Site: ([\d.]+) MB in ([\d,]+) files, ([\d.]+) KB per article; largest page (\S+) \((\d+) KB\)",
                  result.stdout, re.M)
    assert m, result.stdout
    total, files = on_disk(out)
    assert int(m.group(2).replace(",", "")) == files
    assert float(m.group(1)) == round(total / 1e6, 1)
    largest = max((p for p in out.rglob("*.html")), key=lambda p: p.stat().st_size)
    assert m.group(4) == str(largest.relative_to(out))
    # a build with nothing to do says the same
    again = build_fixture(out, "--no-search")
    assert m.group(0) in again.stdout


def big_article(project: Path) -> None:
    paragraph = "Artillery shells and air defence systems were discussed at length by ministers. " * 20
    body = "\n\n".join(paragraph for _ in range(120))           # about 190 KB of HTML
    (project / "content" / "articles" / "very-long.md").write_text(
        f'---\ntitle: "A very long article"\ndate: 2025-06-05\ntags: [NATO]\n---\n{body}\n')


def test_a_page_over_the_budget_is_a_warning_and_with_size_limits_error_nothing_is_published(tmp_path):
    project = copy_fixture(tmp_path / "project")
    out = tmp_path / "site"
    build_fixture(out, "--no-search", content=project / "content", config=project / "config.yaml")
    before = snapshot(out)
    big_article(project)
    result = build_fixture(out, "--no-search", content=project / "content", config=project / "config.yaml")
    warning = [line for line in result.stderr.splitlines() if "page budget" in line]
    assert len(warning) == 1
    shown = os.path.relpath(out, ROOT)   # paths in messages are relative to where the command runs
    assert warning[0].startswith(f"{shown}: warning: 1 page(s) over the page budget of 150 KB, the largest articles/very-long.html")
    assert (out / "articles" / "very-long.html").stat().st_size > budget.PAGE_BUDGET

    config = project / "config.yaml"
    config.write_text(config.read_text().replace("build:\n", "build:\n  size_limits: error\n", 1))
    (project / "content" / "articles" / "very-long.md").write_text(
        (project / "content" / "articles" / "very-long.md").read_text().replace("A very long", "An even longer"))
    published = snapshot(out)
    result = run_cli("build", "--no-search", "--content", str(project / "content"), "--config", str(config), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{shown}: ") and "page budget" in lines[0] and "previous site is unchanged" in lines[0]
    assert snapshot(out) == published != before


def test_near_and_over_the_pages_limit():
    def size(n: int, largest_file: int = 50_000_000) -> SiteSize:
        return SiteSize(n, 1000, ("index.html", 9000), ("download/archive.zip", largest_file), 0)

    assert budget.problems(size(700_000_000)) == []
    near = budget.problems(size(850_000_000))
    assert len(near) == 1 and "85% of GitHub Pages' limit of 1.00 GB" in near[0]
    over = budget.problems(size(1_200_000_000, 600_000_000))
    assert "over GitHub Pages' limit" in over[0]
    # the advice names what would help this site: no download_zip where the site has no zip
    assert "build.related_count" in over[0] and "download_zip" not in over[0]
    zipped = budget.site_size([("index.html", 9000), ("download/archive.zip", 300_000_000), ("articles/a.html", 800_000_000)])
    advice = budget.problems(zipped)[0]
    assert "build.download_zip: false saves 300.0 MB" in advice and "build.related_count" in advice
    assert any("download/archive.zip is 600.0 MB; GitHub refuses files over 100.0 MB" in p for p in over)
    pages = SiteSize(500_000_000, 140_000, ("index.html", 9000), ("index.html", 9000), 0, 130_001)
    assert budget.problems(pages) == []   # sitemap.xml is then an index of sitemaps (test_feeds)


def test_make_site_says_once_that_site_url_is_still_the_example_and_what_depends_on_it(tmp_path):
    project = copy_fixture(tmp_path / "project")
    config = project / "config.yaml"
    config.write_text(config.read_text().replace("url: https://user.github.io", "url: https://example.github.io"))
    line = next(i for i, text in enumerate(config.read_text().splitlines(), 1) if text.strip().startswith("url:"))
    args = ("site", "--no-search", "--content", str(project / "content"), "--config", str(config), "--out", str(tmp_path / "site"))
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    said = [text for text in result.stderr.splitlines() if "site.url" in text]
    assert len(said) == 1
    assert said[0].startswith(f"{os.path.relpath(config, ROOT)}:{line}:1: warning: site.url is still the example https://example.github.io")
    for output in ("Atom feeds", "sitemap.xml", "canonical", "404.html"):
        assert output in said[0]
    # the published feed really does point there: the warning is about real output
    assert "https://example.github.io/repo/" in (tmp_path / "site" / "feed.xml").read_text()

    config.write_text(config.read_text().replace("url: https://example.github.io", "url: https://newsdesk.github.io"))
    assert "site.url" not in run_cli(*args).stderr


def test_download_zip_auto_makes_no_zip_above_its_size_and_links_none(tmp_path):
    from chronicle.outputs.sitezip import AUTO_MAX_ARTICLES

    content = tmp_path / "content" / "articles"
    content.mkdir(parents=True)
    for i in range(AUTO_MAX_ARTICLES + 1):
        (content / f"a{i}.md").write_text(f'---\ntitle: "Article {i}"\ndate: 2025-0{1 + i % 9}-0{1 + i % 9}\n---\nBody {i}.\n')
    config = tmp_path / "config.yaml"
    config.write_text("site:\n  url: https://newsdesk.github.io\nbuild:\n  download_zip: auto\n")
    out = tmp_path / "site"
    build_fixture(out, "--no-search", content=tmp_path / "content", config=config)
    assert not (out / "download").exists()
    assert "archive.zip" not in (out / "index.html").read_text()
    # a small archive with the same setting gets its zip and the link to it
    for extra in sorted(content.glob("*.md"))[10:]:
        extra.unlink()
    build_fixture(out, "--no-search", content=tmp_path / "content", config=config)
    assert (out / "download" / "archive.zip").stat().st_size > 0
    assert 'href="download/archive.zip"' in (out / "index.html").read_text()
