"""Pagefind's processes kept between the partitions of one search stage (outputs/search/service
.Services): each partition's index is the same bytes as from a process of its own, one process
serves them in turn, and none is left running once the stage is over."""
from __future__ import annotations

from chronicle.outputs.search.partitions import indexed_html
from chronicle.outputs.search.service import Services, pagefind_files


def _page(n: int, words: str) -> bytes:
    return (f'<html lang="en"><body><article data-pagefind-body><header><h1>Report {n}</h1>'
            f'<p class="meta"><time datetime="2025-0{1 + n % 9}-1{n % 10}">day</time></p></header>'
            f"<p>{words} number{n} {'filler ' * (n % 7)}</p></article></body></html>").encode()


def _partitions() -> list[dict[str, bytes]]:
    words = ["grain exports through the port", "talks on the ceasefire resumed", "power grid repaired again"]
    return [{f"articles/p{k}-{n}.html": indexed_html(_page(n, words[k]), f"part{k}") for n in range(k + 2)}
            for k in range(3)]


def test_a_kept_process_makes_each_partition_as_a_process_of_its_own_does():
    parts = _partitions()
    alone = [pagefind_files(list(pages), pages.__getitem__) for pages in parts]
    services = Services()
    try:
        shared = []
        for pages in parts:
            shared.append(pagefind_files(list(pages), pages.__getitem__, services))
            assert len(services._idle) == 1   # given back for the next partition
        process = services._idle[0].proc
    finally:
        services.close()
    assert [[(f.path, f.data) for f in files] for files in shared] == [[(f.path, f.data) for f in files] for files in alone]
    assert any(f.path.endswith(".pf_fragment") for f in shared[2])
    assert process.poll() is not None   # closed with the stage: no Pagefind left running


def test_one_process_serves_the_partitions_in_turn():
    parts = _partitions()
    services = Services()
    try:
        pids = []
        for pages in parts:
            pagefind_files(list(pages), pages.__getitem__, services)
            pids.append(services._idle[0].proc.pid)
    finally:
        services.close()
    assert len(set(pids)) == 1


def test_a_process_that_cannot_drop_its_index_is_closed_not_kept(monkeypatch):
    # an older Pagefind without DeleteIndex would otherwise hold every partition it made
    from chronicle.outputs.search import service
    started = []
    real = service._Service.__init__

    def counted(self):
        real(self)
        started.append(self.proc)
    monkeypatch.setattr(service._Service, "__init__", counted)
    monkeypatch.setattr(service, "_deleted", lambda svc, index_id: False)
    services = Services()
    try:
        for pages in _partitions():
            pagefind_files(list(pages), pages.__getitem__, services)
            assert services._idle == []
    finally:
        services.close()
    assert len(started) == 3 and all(p.poll() is not None for p in started)


def test_a_large_index_is_built_alone_and_its_process_then_ends(monkeypatch):
    """Pagefind keeps the memory it took to build an index (350 MiB for 2,048 pages) after the
    index is deleted, and takes most of it while it builds (GetFiles): an index of more than
    service.LARGE pages is built while no other large one is, and its process is not kept."""
    import threading

    from chronicle.outputs.search import service
    monkeypatch.setattr(service, "LARGE", 2)
    events, lock = [], threading.Lock()
    call = service._Service.call

    def watched(self, payload):
        if payload.get("type") != "GetFiles":
            return call(self, payload)
        with lock:
            events.append("begin")
        try:
            return call(self, payload)
        finally:
            with lock:
                events.append("end")
    monkeypatch.setattr(service._Service, "call", watched)
    parts = [{f"articles/{k}-{n}.html": indexed_html(_page(n, "grid repairs"), f"p{k}") for n in range(3)}
             for k in range(4)]
    services = Services()
    try:
        threads = [threading.Thread(target=pagefind_files, args=(list(p), p.__getitem__, services)) for p in parts]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert events == ["begin", "end"] * 4   # never two large indexes built at once
        assert services._idle == []             # each large index's process ended after it
        small = {f"articles/s-{n}.html": indexed_html(_page(n, "grid repairs"), "s") for n in range(2)}
        pagefind_files(list(small), small.__getitem__, services)
        assert len(services._idle) == 1         # a small one's process serves the next
    finally:
        services.close()
