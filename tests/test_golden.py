"""Golden output: the fixture site's pages, byte for byte.

Regenerate after an intended change with:  .venv/bin/python -m pytest tests/test_golden.py --update-golden
then review `git diff tests/golden`.
"""
from __future__ import annotations

import shutil
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden" / "site"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_fixture_site_matches_golden_output(fixture_site, request):
    built = _files(fixture_site)
    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(fixture_site, GOLDEN)
        return
    assert GOLDEN.is_dir(), "no golden output yet: run pytest tests/test_golden.py --update-golden"
    golden = _files(GOLDEN)
    assert sorted(built) == sorted(golden), "the set of output files changed"
    changed = [name for name in golden if golden[name] != built[name]]
    assert changed == [], f"pages differ from tests/golden (rerun with --update-golden if intended): {changed[:10]}"
