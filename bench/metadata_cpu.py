"""Where a build's own CPU goes, part by part: one build run in this process with the CPU time of
its thread (time.thread_time: forked workers, the threads' child and Pagefind are not counted)
added up around the functions below, which are called a few times each (wrapping them costs
nothing measurable, unlike a profiler's hook on every call).

    .venv/bin/python build.py build --content C/content --config C/config.yaml --out DIR   # cold
    # edit one article's title, then
    .venv/bin/python bench/metadata_cpu.py C DIR

Run it from the checkout whose code it measures (the code is imported from there).
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import functools
import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
SPENT: collections.Counter = collections.Counter()
# (module, attribute, the modules that imported it by name)
PARTS = [
    ("chronicle.build.reuse", "load_article_entries", ()),
    ("chronicle.index.collect", "build_index", ("chronicle.build.assemble",)),
    ("chronicle.render.pagesreuse", "page_plans", ("chronicle.render.pages",)),
    ("chronicle.render.plan", "plan_pages", ("chronicle.render.pages",)),
    ("chronicle.render.pages", "_render_changed", ()),
    ("chronicle.write.staging", "Staging.keep", ()),
    ("chronicle.render.fingerprint", "Fingerprinter.page", ()),
    ("chronicle.outputs.offlinepatch", "offline_state", ("chronicle.build.assemble",)),
    ("chronicle.build.cache", "BuildCache.outputs", ()),
    ("chronicle.build.cache", "BuildCache.save", ()),
]


def _timed(label: str, fn):
    @functools.wraps(fn)
    def timed(*args, **kw):
        start = time.thread_time()
        try:
            return fn(*args, **kw)
        finally:
            SPENT[label] += time.thread_time() - start
    return timed


def _wrap(module: str, attribute: str, users: tuple[str, ...]) -> None:
    owner = importlib.import_module(module)
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    timed = _timed(attribute, getattr(owner, name))
    setattr(owner, name, timed)
    for user in users:
        setattr(importlib.import_module(user), name, timed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    for module, attribute, users in PARTS:
        _wrap(module, attribute, users)
    registry = importlib.import_module("chronicle.outputs.registry")
    registry.PRODUCERS = tuple(dataclasses.replace(p, make=_timed("publish: " + p.name, p.make)) for p in registry.PRODUCERS)
    from chronicle.cli import main as cli
    start = time.thread_time()
    try:
        cli(["build", "--content", str(args.corpus / "content"), "--config", str(args.corpus / "config.yaml"),
             "--out", str(args.out), "--timings"])
    except SystemExit:
        pass
    print(f"{time.thread_time() - start:7.3f} s  the build's thread in all")
    for label, seconds in SPENT.most_common():
        print(f"{seconds:7.3f} s  {label}")


if __name__ == "__main__":
    main()
