"""The garbage collector during a build (build/heap.py): full collections are rare while it runs,
and the process's own thresholds are back once it ends, whether it succeeded or failed (the
preview's server builds again and again in one process)."""
from __future__ import annotations

import gc

import pytest

from chronicle.build import heap, pipeline
from chronicle.build.pipeline import BuildOptions
from chronicle.errors import ChronicleError
from conftest import FIXTURE, ROOT


def _options(out) -> BuildOptions:
    return BuildOptions(content_dir=FIXTURE / "content", out_dir=out, config_path=FIXTURE / "config.yaml",
                        layouts_dir=ROOT / "layouts", search=False, jobs=1)


def _seen_during_build(monkeypatch, fail: bool = False) -> list[tuple[int, int, int]]:
    seen, scan = [], pipeline.document_stats

    def document_stats(*args):
        seen.append(gc.get_threshold())
        if fail:
            raise ChronicleError("content", None, "stopped by the test")
        return scan(*args)
    monkeypatch.setattr(pipeline, "document_stats", document_stats)
    return seen


@pytest.mark.parametrize("fail", [False, True])
def test_a_build_holds_back_full_collections_and_gives_the_thresholds_back(tmp_path, monkeypatch, fail):
    before = gc.get_threshold()
    seen = _seen_during_build(monkeypatch, fail)
    try:
        if fail:
            with pytest.raises(ChronicleError):
                pipeline.build(_options(tmp_path / "site"))
        else:
            report = pipeline.build(_options(tmp_path / "site"))
            assert report.articles > 0 and (tmp_path / "site" / "index.html").is_file()
        assert seen and seen[0][:2] == before[:2], "the young generations are collected as usual"
        assert seen[0][2] >= heap.FULL_EVERY > before[2], "full collections were not held back during the build"
        assert gc.get_threshold() == before, "the build left the process's thresholds changed"
    finally:
        gc.set_threshold(*before)


@pytest.mark.parametrize("enabled", [True, False])
def test_what_a_long_lived_step_makes_skips_the_young_collections(enabled):
    """heap.long_lived: nothing is collected while it runs, what it made is in the old generation
    (walked by no young collection), and the collector is left as it was."""
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        collected: list[int] = []
        counting = lambda phase, info: collected.append(info["generation"]) if phase == "start" else None  # noqa: E731
        gc.callbacks.append(counting)
        try:
            made = heap.long_lived(lambda: [[n] for n in range(50_000)])
        finally:
            gc.callbacks.remove(counting)
        assert collected == [] and gc.isenabled() == enabled
        old = {id(o) for o in gc.get_objects(generation=2)}
        assert id(made) in old and id(made[-1]) in old
    finally:
        (gc.enable if was else gc.disable)()
