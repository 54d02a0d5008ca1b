"""How ingest spends its time: a long page's lines are classified on forked workers from the start
of parse, while the layout is detected (run.parse, pagelines.classified_early,
build/parallel.start_ordered): the stories are those one process reads, and no worker or pool
thread outlives parse, whether the page needed its classified lines (the evidence reader) or not
(a listing), so the next pool is again forked from a process with one thread. The cycle collector
is paused during an ingest and only then."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from chronicle.config import load_config
from chronicle.build import parallel
from chronicle.ingest.readers import pagelines
from chronicle.ingest.run import make_context, parse
from ingest_synth import big_digest
from tools.children import children

ROOT = Path(__file__).resolve().parent.parent
CTX = make_context(load_config(ROOT / "config.yaml"), None)
LONG = big_digest(40_000)   # the generator's layouts, ~1,000 lines: enough for two workers
LISTING = "".join(f"Reuters\n2025-03-{1 + k % 28:02d}\n- World\nHeadline number {k} about the harbour\n"
                  f"The harbour of town {k} reopened after the storm, officials said.\n\n" for k in range(120))


def _forget() -> None:
    pagelines._LAST[:] = [None, None]


def _stories(text: str) -> tuple[str, list]:
    _forget()
    parsed = parse(text, CTX)
    return parsed.layout, parsed.stories


@pytest.mark.parametrize("text, layout", [(LONG, "generic"), (LISTING, "listing")])
def test_early_classification_reads_what_one_process_reads_and_leaves_no_worker(text, layout, monkeypatch):
    assert len(text.split("\n")) >= 2 * parallel.MIN_ITEMS_PER_JOB   # (a pool is forked for it)
    monkeypatch.setattr(pagelines, "default_jobs", lambda: 2)
    forked = []
    real = parallel.start_ordered
    monkeypatch.setattr(pagelines, "start_ordered", lambda *a: forked.append(a[0]) or real(*a))
    threads, before = set(threading.enumerate()), children()   # (other tests of this process may have left their own)
    two = _stories(text)
    assert forked == ["ingest-lines"]
    assert children() == before and set(threading.enumerate()) == threads
    monkeypatch.setattr(pagelines, "default_jobs", lambda: 1)
    one = _stories(text)
    assert two[0] == one[0] == layout
    assert two[1] == one[1] and len(one[1]) >= 100


def test_ingest_pauses_the_cycle_collector_only_while_it_runs(tmp_path, monkeypatch):
    """run._no_cycle_collection: the collector is off while a digest is parsed and back on after
    the ingest, also after one that stopped on an error (a ledger that is not JSON), so a
    long-running caller (the preview) collects."""
    import gc
    from chronicle.errors import IngestError
    from chronicle.ingest import ingest_files, run

    digest = tmp_path / "2025-03-02-digest.txt"
    digest.write_text(LISTING[:2000], encoding="utf-8")
    config = load_config(ROOT / "config.yaml")
    seen = []
    real_parse = run.parse
    monkeypatch.setattr(run, "parse", lambda *a, **k: seen.append(gc.isenabled()) or real_parse(*a, **k))
    report = ingest_files([digest], tmp_path / "out", config)
    assert report.written and seen == [False] and gc.isenabled()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / ".ingested.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IngestError):
        ingest_files([digest], bad, config)
    assert gc.isenabled()
