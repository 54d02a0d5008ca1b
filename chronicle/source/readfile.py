"""Reading an input file without trusting it: only regular files, and never more than a cap.

A FIFO (or /dev/zero, a socket, a device) named like an article or given to ingest would block
or never end; `st_size` can lie (files under /proc, a file growing while it is read), so the cap
is on the bytes actually read.
"""
from __future__ import annotations

import errno
import os
import stat

from ..errors import ChronicleError

# The most an article or a digest may hold. One constant, so that ingest never writes an
# article the build then refuses.
MAX_TEXT_BYTES = 5 * 1024 * 1024


def read_regular(path: os.PathLike | str, shown: str, error: type[ChronicleError], limit: int = MAX_TEXT_BYTES,
                 advice: str = "split it into smaller files") -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or `error(shown, None, why)`."""
    try:
        # O_NONBLOCK: a FIFO opens at once instead of waiting for a writer; fstat then refuses it
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError:
        if os.path.islink(path):
            raise error(shown, None, "is a symbolic link to a file that does not exist") from None
        raise error(shown, None, "no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise error(shown, None, "is a symbolic link that loops (or is nested too deeply); "
                                     "point it at a real file or remove it") from None
        raise error(shown, None, f"cannot read: {exc.strerror}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise error(shown, None, "is a folder, not a text file")
        if not stat.S_ISREG(mode):
            raise error(shown, None, "is not a regular file (a FIFO, device or socket); only plain text files are read")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                most = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit:,} bytes"
                raise error(shown, None, f"is larger than {most}; {advice}")
    except OSError as exc:
        raise error(shown, None, f"cannot read: {exc.strerror}") from None
    finally:
        os.close(fd)
