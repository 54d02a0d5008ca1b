"""The Pagefind service, driven directly: one index of the pages it is given, in path order.

The files that come back are made byte-deterministic by canonical.py.
"""
from __future__ import annotations

import base64
import contextlib
import functools
import importlib.util
import json
import os
import shutil
import subprocess
import threading
from typing import Callable, Iterable

from ...errors import OutputError
from ...model import OutputFile
from .canonical import PAGEFIND_DIR, canonicalise


def pagefind_files(paths: Iterable[str], read: Callable[[str], bytes],
                   services: "Services | None" = None) -> list[OutputFile]:
    """Index the HTML pages at `paths` (only their data-pagefind-body parts count), each read
    when it is sent, in path order -> the index files. Given `services`, the Pagefind process
    comes from there and goes back after (else one is started for this index alone)."""
    try:
        return canonicalise(_index(sorted(paths), read, services))
    except OutputError:
        raise
    except Exception as exc:  # the Pagefind service is a separate binary; report, don't trace
        raise OutputError(PAGEFIND_DIR, None, f"Pagefind indexing failed: {exc}") from None


@functools.lru_cache(maxsize=None)
def executable() -> str:
    """The Pagefind binary, found where Pagefind's Python package looks (pagefind.service
    .get_executable: $PAGEFIND_BINARY_PATH, the pagefind_bin_extended and pagefind_bin
    packages, then the PATH) without importing those modules: pagefind.service imports asyncio
    and pagefind_bin imports platform (75 ms of a quick build's 1 s, before Pagefind could start)."""
    found = os.environ.get("PAGEFIND_BINARY_PATH")
    for package in ("pagefind_bin_extended", "pagefind_bin"):
        found = found or _packaged(package)
    found = found or shutil.which("pagefind_extended") or shutil.which("pagefind")
    if not found:
        raise OutputError(PAGEFIND_DIR, None, "the Pagefind binary is missing: pip install 'pagefind[bin]'")
    return found


def _packaged(package: str) -> str | None:
    """The binary a pagefind_bin package holds (its get_executable's names), found without
    running the package's code."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or ()) if spec else ():
        for name in ("pagefind_extended", "pagefind", "pagefind_extended.exe", "pagefind.exe"):
            if os.path.isfile(os.path.join(folder, name)):
                return os.path.join(folder, name)
    return None


@functools.lru_cache(maxsize=None)
def version() -> str:
    """What the binary says its version is (`pagefind --version`: "pagefind 1.5.2"), part of
    every partition's key: 5 ms, where importlib.metadata took 50 ms to import."""
    try:
        said = subprocess.run([executable(), "--version"], capture_output=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return said.decode("utf-8", "replace").strip().removeprefix("pagefind ") or "unknown"


class _Service:
    """A minimal client for `pagefind --service` (the protocol of Pagefind's own Python API:
    base64 JSON messages, each followed by a comma).

    Pagefind's Python client is not used for the heavy lifting: it polls for one reply every
    0.1 s (10k pages would take 17 minutes) and reads replies with a 2 MiB limit, so
    get_files() of a 10k-article index never returns. Its AddDir instead numbers pages in
    the order the file system lists them, which differs between ext4 and tmpfs: the same
    input would give a different index on another machine. Here files are added one by one
    in path order (sent from a thread while the answers are read: _add_files), replies are
    read as they come (however large), and the index files come
    back in the reply to GetFiles.
    """

    def __init__(self):
        self.proc = subprocess.Popen([executable(), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.buffer = b""
        self.next_id = 0

    def send(self, payload: dict) -> int:
        """Write one message (flushed by the caller) -> its id."""
        self.next_id += 1
        message = {"message_id": self.next_id, "payload": payload}
        assert self.proc.stdin is not None
        self.proc.stdin.write(base64.b64encode(json.dumps(message).encode("utf-8")) + b",")
        return self.next_id

    def receive(self, message_id: int) -> dict:
        """The reply to message `message_id`; replies to earlier messages are passed over."""
        while True:
            reply = json.loads(base64.b64decode(self._next_message()))
            if reply is None:
                continue
            result = reply.get("payload", {})
            if result.get("type") == "Error":
                raise OutputError(PAGEFIND_DIR, None, f"Pagefind: {result.get('message')}")
            if reply.get("message_id") == message_id:
                return result

    def call(self, payload: dict) -> dict:
        message_id = self.send(payload)
        assert self.proc.stdin is not None
        self.proc.stdin.flush()
        return self.receive(message_id)

    def _next_message(self) -> bytes:
        """The next comma-ended message. Chunks are joined once, at the end: appending each to
        the buffer and searching it again made a 500 MB reply (100,000 pages) take over 20 minutes."""
        at = self.buffer.find(b",")
        if at >= 0:
            raw, self.buffer = self.buffer[:at], self.buffer[at + 1:]
            return raw
        pending = [self.buffer]
        assert self.proc.stdout is not None
        while True:
            chunk = self.proc.stdout.read1(1 << 20)
            if not chunk:
                raise OutputError(PAGEFIND_DIR, None, "the Pagefind service stopped unexpectedly")
            at = chunk.find(b",")
            if at < 0:
                pending.append(chunk)
                continue
            pending.append(chunk[:at])
            self.buffer = chunk[at + 1:]
            return b"".join(pending)

    def close_input(self) -> None:
        with contextlib.suppress(OSError, ValueError):   # a broken pipe: the service has stopped
            if self.proc.stdin:
                self.proc.stdin.close()

    def close(self) -> None:
        self.close_input()
        try:
            self.proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _add_files(service: _Service, index_id: int, paths: list[str], read: Callable[[str], bytes]) -> None:
    """Every page, in path order. Pagefind's service reads its input on a thread of its own and
    handles the messages one at a time, in the order sent (pagefind/src/service/mod.rs), so the
    pages are sent from a thread while this one reads the answers: Pagefind indexes a page while
    the next is read and encoded instead of waiting for it, and the order (hence the index) is
    the same. A sender that fails closes the service's input; the service then stops, which
    ends the wait for its answers, and the sender's error is raised."""
    first = service.next_id + 1
    failed: list[BaseException] = []

    def send_all() -> None:
        try:
            for path in paths:
                service.send({"type": "AddFile", "index_id": index_id, "file_path": None, "url": "/" + path,
                              "file_contents": read(path).decode("utf-8")})
            assert service.proc.stdin is not None
            service.proc.stdin.flush()
        except BaseException as exc:   # raised below, in the caller's thread
            failed.append(exc)
            service.close_input()

    sender = threading.Thread(target=send_all, name="chronicle-pagefind-send", daemon=True)
    sender.start()
    try:
        for message_id in range(first, first + len(paths)):
            service.receive(message_id)
    except OutputError:
        if not failed:
            raise
    finally:
        sender.join()
    if failed:
        raise failed[0]


class Services:
    """Pagefind processes kept between the indexes of one stage (stage.Indexing): each index is
    deleted from its process once its files are taken, and the process serves the next one.
    Starting a process per partition cost 56 process starts at 10,000 articles; an index made
    in a process that made others is byte for byte the same (tests/test_search_services.py).
    A process that failed is never given back. close() ends the idle ones."""

    def __init__(self):
        self._idle: list[_Service] = []
        self._lock = threading.Lock()
        self._closed = False

    def take(self) -> _Service:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return _Service()

    def give(self, service: _Service) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(service)
                return
        service.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for service in idle:
            service.close()


# A Pagefind process takes little memory while pages are added (90 MiB for 2,048 pages) and most
# of it while it builds their index (GetFiles: 350 MiB for 2,048 pages, ~190 KB a page), which it
# keeps once the index is deleted. So an index of more than LARGE pages is built while no other
# large one is, and its process ends after it: at 100,000 articles (partitions of up to 2,048
# pages) two processes at their peak together took 650 MiB beside the build's 1.3 GiB, over 2 GB.
# Smaller indexes (every partition up to 65,536 articles) are built at once and their process
# serves the next.
LARGE = 1024
_BUILDING = threading.Lock()


def _index(paths: list[str], read: Callable[[str], bytes], services: Services | None = None) -> list[OutputFile]:
    service = services.take() if services is not None else _Service()
    large = len(paths) > LARGE
    reusable = False
    try:
        index_id = service.call({"type": "NewIndex", "config": {"keep_index_url": True}})["index_id"]
        _add_files(service, index_id, paths, read)
        # GetFiles, not WriteFiles: the service answers WriteFiles before every file is on
        # disk, and leaves some empty if it exits just after. GetFiles hands over the bytes.
        with _BUILDING if large else contextlib.nullcontext():
            reply = service.call({"type": "GetFiles", "index_id": index_id})
        # the process holds one partition's index at a time, and after a large one none
        reusable = services is not None and not large and _deleted(service, index_id)
    finally:
        if reusable:
            services.give(service)
        else:
            service.close()
    out = []
    files = reply.pop("files")
    files.reverse()
    while files:   # each file's base64 text is dropped as soon as it is decoded
        f = files.pop()
        path = f["path"].replace("\\", "/").lstrip("/")
        if not path.startswith(PAGEFIND_DIR + "/"):
            path = f"{PAGEFIND_DIR}/{path}"
        out.append(OutputFile(path, base64.b64decode(f["content"])))
    return sorted(out, key=lambda f: f.path)


def _deleted(service: _Service, index_id: int) -> bool:
    """The index dropped from the service; False when the service cannot (then it is not reused)."""
    try:
        return service.call({"type": "DeleteIndex", "index_id": index_id}).get("type") == "DeleteIndex"
    except OutputError:
        return False
