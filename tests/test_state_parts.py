"""The state kept by parts (build/shards.py, issue 12): a body edit writes the few pieces of the
state it changed and no piece of the quick facts, the next build reads it back exactly, and a
map kept by pieces gives the figures over every file that a map made whole gives."""
from __future__ import annotations

import hashlib
from pathlib import Path

from chronicle.build.pipeline import build
from chronicle.build.shards import Sharded, names_of
from chronicle.outputs.offlineparts import summary
from chronicle.outputs.recordsums import record_sums, sums_of, worker_version
from conftest import FIXTURE_ARTICLE
from conftest import edit_file as edit
from test_quick import assert_same_as_cold, options, quick


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_a_body_edit_writes_a_few_pieces_of_the_state_and_none_of_the_quick_facts(project):
    build(options(project))
    cache = project / ".site.cache"
    state, facts = _names(cache / "state"), _names(cache / "quick")
    assert len(state) > 20   # four maps of SHARDS pieces (equal pieces, such as the empty ones, one file)
    edit(project / FIXTURE_ARTICLE, "Coalition of the willing", "Coalition of the willing, in part")
    assert quick(build(options(project)))
    new = _names(cache / "state") - state
    # the edited document's stat key, and each changed file's stat key, record and slots
    assert 0 < len(new) <= 4 * 12, sorted(new)
    assert _names(cache / "quick") == facts
    edit(project / FIXTURE_ARTICLE, "in part", "in part, again")
    assert quick(build(options(project)))   # the state the quick build wrote reads back
    assert_same_as_cold(project)


def _records(n: int) -> dict[str, tuple[int, bytes]]:
    paths = [f"articles/a{i}.html" for i in range(n)] + ["index.html", "sw.js", "offline/summary.json",
                                                         "pagefind/x.pf_meta", "download/archive.zip"]
    return {p: (len(p) * 10, hashlib.sha256(p.encode()).digest()) for p in paths}


def test_a_map_kept_by_pieces_changes_only_its_copy_and_gives_the_figures_of_a_whole_one():
    records = _records(3000)
    kept = Sharded.of(tuple[int, bytes], records, record_sums)
    kept.folds()
    changed = kept.copy()
    changed["articles/a7.html"] = (1, b"\x01" * 32)
    changed["articles/new.html"] = (2, b"\x02" * 32)
    del changed["articles/a9.html"]
    whole = {**records, "articles/a7.html": (1, b"\x01" * 32), "articles/new.html": (2, b"\x02" * 32)}
    del whole["articles/a9.html"]
    assert dict(kept) == records and len(kept) == len(records)   # the original is as it was
    assert dict(changed) == whole and len(changed) == len(whole)
    assert summary(changed).data == summary(whole).data != summary(records).data
    assert worker_version(sums_of(changed)) == worker_version(sums_of(whole))
    # the same items in any order are the same pieces, byte for byte
    assert changed.names() == names_of(tuple[int, bytes], dict(reversed(list(whole.items()))))
    assert sum(a != b for a, b in zip(changed.names(), kept.names())) <= 3
