"""The size a build reports ("Site: ... MB in ... files") is the size of the site on disk, for a
build with nothing to do and a quick build (body edit) too, with search on: those read it from
the state (build/state.BuildState.size) instead of decoding every file's record."""
from __future__ import annotations

import os
import re

from conftest import FIXTURE_ARTICLE, build_fixture, edit_file

SIZE = re.compile(r"^Site: ([\d.]+) MB in ([\d,]+) files, [\d.]+ KB per article; largest page (\S+) \((\d+) KB\)", re.M)


def _on_disk(site) -> tuple[str, int, str, int]:
    """The report's figures, from the files themselves."""
    sizes = {os.path.relpath(os.path.join(d, n), site): os.path.getsize(os.path.join(d, n))
             for d, _, names in os.walk(site) for n in names}
    page = max(sorted(p for p in sizes if p.endswith(".html")), key=sizes.__getitem__)
    return f"{sum(sizes.values()) / 1e6:.1f}", len(sizes), page, round(sizes[page] / 1000)


def _reported(stdout: str) -> tuple[str, int, str, int]:
    m = SIZE.search(stdout)
    assert m, stdout
    return m.group(1), int(m.group(2).replace(",", "")), m.group(3), int(m.group(4))


def test_the_size_reported_without_rendering_is_the_size_on_disk(project):
    out = project / "site"
    args = dict(content=project / "content", config=project / "config.yaml")
    first = build_fixture(out, **args)
    assert _reported(first.stdout) == _on_disk(out)
    # nothing to do: the same figures
    again = build_fixture(out, "--timings", **args)
    assert "load" not in again.stdout.split("stages:")[-1] and "quick" not in again.stdout.split("stages:")[-1]
    assert _reported(again.stdout) == _on_disk(out)
    # a body edit that makes the article's page the largest (and the zip, the search index bigger)
    before = _on_disk(out)
    edit_file(project / FIXTURE_ARTICLE, "Coalition of the willing",
              "Coalition of the willing " + "and a much longer sentence about it " * 400)
    quick = build_fixture(out, "--timings", **args)
    assert "quick" in quick.stdout.split("stages:")[-1] and "load" not in quick.stdout.split("stages:")[-1]
    assert _reported(quick.stdout) == _on_disk(out) != before
    # and the build after the quick one, with nothing to do, reads what the quick one saved
    assert _reported(build_fixture(out, **args).stdout) == _on_disk(out)
