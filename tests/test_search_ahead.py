"""The search stage's look-ahead (outputs/search/ahead.Ahead): Pagefind keeps indexing while
the build makes its other outputs and has taken no partition yet, within a byte budget; the
partitions come back in order whatever order they finish in."""
from __future__ import annotations

import threading
import time

from chronicle.model import OutputFile
from chronicle.outputs.search.ahead import Ahead as _Ahead


def _maker(sizes: list[int], delays: list[float]):
    made: list[int] = []
    lock = threading.Lock()

    def make(i: int) -> tuple:
        time.sleep(delays[i])
        with lock:
            made.append(i)
        return f"key{i}", None, [OutputFile(f"pagefind/fragment/{i}", b"x" * sizes[i])]
    return make, made


def _wait_for(made: list[int], count: int) -> None:
    deadline = time.monotonic() + 10
    while len(made) < count and time.monotonic() < deadline:
        time.sleep(0.005)


def test_every_partition_is_made_before_any_is_taken_within_the_budget():
    # the build takes no partition until its other outputs are made: the two services must not
    # stop after a few partitions (they did: both idle for the whole publish stage)
    make, made = _maker([100] * 12, [0.002] * 12)
    ahead = _Ahead(make, range(12), workers=2, held=10_000)
    try:
        _wait_for(made, 12)
        assert sorted(made) == list(range(12))
        assert [next(ahead)[0] for _ in range(12)] == [f"key{i}" for i in range(12)]
    finally:
        ahead.close()


def test_the_budget_stops_the_look_ahead_until_results_are_taken():
    make, made = _maker([400] * 10, [0.0] * 10)
    ahead = _Ahead(make, range(10), workers=2, held=1_000)
    try:
        _wait_for(made, 3)
        time.sleep(0.05)
        assert len(made) <= 4   # 1,000 bytes hold at most three results of 400 (+ one under way)
        assert next(ahead)[0] == "key0"
        assert [next(ahead)[0] for _ in range(9)] == [f"key{i}" for i in range(1, 10)]
        assert sorted(made) == list(range(10))
    finally:
        ahead.close()


def test_results_come_back_in_order_when_later_ones_finish_first():
    make, made = _maker([10] * 6, [0.05, 0.0, 0.03, 0.0, 0.01, 0.0])
    ahead = _Ahead(make, range(6), workers=2, held=1 << 20)
    try:
        assert [next(ahead)[0] for _ in range(6)] == [f"key{i}" for i in range(6)]
    finally:
        ahead.close()


def test_an_error_comes_back_at_its_turn_and_close_ends_the_workers():
    def make(i: int) -> tuple:
        if i == 2:
            raise ValueError("Pagefind failed")
        return f"key{i}", None, []
    ahead = _Ahead(make, range(5), workers=2, held=1 << 20)
    try:
        assert next(ahead)[0] == "key0"
        assert next(ahead)[0] == "key1"
        try:
            next(ahead)
        except ValueError as exc:
            assert "Pagefind failed" in str(exc)
        else:
            raise AssertionError("the error of partition 2 was not raised")
    finally:
        ahead.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("chronicle-pagefind")]
