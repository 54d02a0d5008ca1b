"""The Pagefind service client reads comma-ended messages however the pipe cuts them: a reply
split over many reads, several replies in one read (chronicle/outputs/search.py)."""
from __future__ import annotations

import io

from chronicle.outputs.search import _Service


class _Pipe(io.RawIOBase):
    """Hands out the given chunks, one per read1."""

    def __init__(self, chunks: list[bytes]):
        self.chunks = list(chunks)

    def read1(self, size: int = -1) -> bytes:
        return self.chunks.pop(0) if self.chunks else b""


def _service(chunks: list[bytes]) -> _Service:
    service = _Service.__new__(_Service)     # no Pagefind process: only the reading is tested
    service.buffer = b""
    service.proc = type("P", (), {"stdout": _Pipe(chunks)})()
    return service


def test_a_reply_cut_into_many_reads_comes_back_whole():
    big = b"x" * 5_000_000
    chunks = [big[i:i + 65536] for i in range(0, len(big), 65536)] + [b",next,"]
    service = _service(chunks)
    assert service._next_message() == big
    assert service._next_message() == b"next"


def test_several_replies_in_one_read_come_back_one_by_one():
    service = _service([b"one,two,thr", b"ee,"])
    assert [service._next_message() for _ in range(3)] == [b"one", b"two", b"three"]


def test_a_service_that_stops_mid_reply_is_an_error_not_a_hang():
    import pytest
    from chronicle.errors import OutputError
    service = _service([b"half a rep"])
    with pytest.raises(OutputError, match="stopped unexpectedly"):
        service._next_message()
