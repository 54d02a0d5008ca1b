"""A build's stages on a time line: when each started and ended since this process began (Python's
start and the imports before the first stage included) and the CPU time of the build's thread
in it, so the waits show (the threads' child, Pagefind: wall time with little CPU), and the
garbage collector's collections and CPU time by generation (build/heap.py). One build, run in
this process:

    .venv/bin/python build.py build --content C/content --config C/config.yaml --out DIR   # cold
    # edit one article's title, then
    .venv/bin/python bench/metadata_timeline.py --content C/content --config C/config.yaml --out DIR

Any `build` arguments may follow. Run it from the checkout whose code it measures.
"""
from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _count_collections() -> dict[int, list[float]]:
    """generation -> [collections, CPU seconds of the thread that ran them]"""
    spent: dict[int, list[float]] = {0: [0, 0.0], 1: [0, 0.0], 2: [0, 0.0]}
    began: list[float] = [0.0]

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            began[0] = time.thread_time()
        else:
            spent[info["generation"]][0] += 1
            spent[info["generation"]][1] += time.thread_time() - began[0]
    gc.callbacks.append(callback)
    return spent


def main() -> None:
    from chronicle.build import options
    collections = _count_collections()
    spans: list[tuple[float, float, float, str]] = []
    run = options.Stages.run

    def timed(self, name, fn, *args):
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return run(self, name, fn, *args)
        finally:
            spans.append((start - STARTED, time.perf_counter() - STARTED, time.thread_time() - cpu,
                          f"{name}: {getattr(fn, '__qualname__', fn)}"))
    options.Stages.run = timed
    from chronicle.cli import main as cli
    try:
        cli(["build", *sys.argv[1:]])
    except SystemExit:
        pass
    for start, end, cpu, label in sorted(spans):
        print(f"{start:6.3f}-{end:6.3f} s  wall {end - start:5.3f}  CPU {cpu:5.3f}  {label}")
    print("garbage collections: " + ", ".join(f"generation {g} {n} ({cpu:.3f} s)" for g, (n, cpu) in collections.items()))
    print(f"end {time.perf_counter() - STARTED:.3f} s, the build's thread {time.thread_time():.3f} s of CPU "
          f"(Python's start before this script's first line not included)")


if __name__ == "__main__":
    main()
