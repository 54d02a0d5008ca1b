"""`build.py site` (what `make site` runs): ingest new digests, check, then build."""
from __future__ import annotations

import shutil

from conftest import ROOT, copy_fixture, run_cli

SEED = sorted((ROOT / "content" / "sources").glob("000_*.txt"))[0]


def _site(site, out):
    return run_cli("site", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                   "--out", str(out))


def test_a_digest_dropped_into_sources_is_imported_and_built(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    (site / "content" / "sources").mkdir()
    shutil.copy(SEED, site / "content" / "sources" / SEED.name)
    result = _site(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    imported = [p for p in (site / "content" / "articles").glob("*.md") if "imported_from" in p.read_text()]
    assert len(imported) == 10
    pages = {p.stem for p in (tmp_path / "out" / "articles").glob("*.html")}
    assert {p.stem.split("-", 3)[-1] if p.stem[:4].isdigit() else p.stem for p in imported} <= pages
    # running it again imports nothing new and changes no article file
    before = {p: p.read_bytes() for p in (site / "content" / "articles").rglob("*.md")}
    again = _site(site, tmp_path / "out")
    assert again.returncode == 0, again.stderr
    assert {p: p.read_bytes() for p in (site / "content" / "articles").rglob("*.md")} == before


def test_site_refuses_to_publish_content_with_errors(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    out = tmp_path / "out"
    assert _site(site, out).returncode == 0
    snapshot = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (site / "content" / "articles" / "bad.md").write_text("---\ntitle: Fine\ndate: 2025-13-01\n---\nbody\n")
    result = _site(site, out)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "bad.md:3:" in result.stderr and "nothing was published" in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == snapshot
