"""A link checker over every built page: no broken link, no root-relative link."""
from htmlcheck import broken_links, html_pages


def test_fixture_site_has_no_broken_or_root_relative_links(fixture_site):
    pages = html_pages(fixture_site)
    assert len(pages) > 20
    assert broken_links(fixture_site) == []


def test_checker_catches_a_broken_link(tmp_path):
    (tmp_path / "index.html").write_text('<a href="missing.html">x</a><a href="/abs.html">y</a>')
    problems = broken_links(tmp_path)
    assert any("broken link missing.html" in p for p in problems)
    assert any("root-relative" in p for p in problems)


def test_the_real_site_has_no_broken_links(tmp_path):
    """The owner's content (imported seeds and pages) builds into a site without broken links."""
    from conftest import ROOT, run_cli

    out = tmp_path / "site"
    result = run_cli("build", "--no-search", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert broken_links(out) == []
