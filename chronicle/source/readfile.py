"""Reading an input file without trusting it: only regular files, and never more than a cap.

A FIFO (or /dev/zero, a socket, a device) named like an article or given to ingest would block
or never end; `st_size` can lie (files under /proc, a file growing while it is read), so the cap
is on the bytes actually read. `normalise_text` then makes text of the bytes, or says why not.
"""
from __future__ import annotations

import errno
import os
import stat

from ..errors import ChronicleError, ContentError
from . import yamlnodes as Y

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


def utf8_name(name: str) -> bool:
    """Whether a file name as os gives it was UTF-8: other bytes arrive as lone surrogates
    (surrogateescape), which no page, feed or state file can hold."""
    try:
        name.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def normalise_text(raw: bytes, path: str, strip_controls: bool = False) -> str:
    """Bytes -> text with LF line ends; refuses what is not UTF-8 text.

    Form feeds and vertical tabs become spaces. Other control characters are refused with their
    line and column, or removed when `strip_controls` (for raw digests, where they are noise).
    """
    wide = wide_encoding(raw)
    if wide:
        raise ContentError(path, 1, f"is saved as {wide} text; save it as UTF-8 (articles are read as UTF-8)")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ContentError(path, line, "contains a NUL byte: this is not a text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(path, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", " ").replace("\v", " ")
    if strip_controls:   # a digest, untrusted: direction controls are dropped too (see Y.BIDI_CONTROLS)
        text = Y.BIDI_CONTROLS.sub("", text)
    bad = Y.FORBIDDEN_CHARS.search(text)
    if bad:
        if strip_controls:
            return Y.FORBIDDEN_CHARS.sub("", text)
        line = text.count("\n", 0, bad.start()) + 1
        col = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise ContentError(path, line, f"contains the control character U+{ord(bad.group()):04X} (column {col}); "
                                       "remove it, it cannot appear in a web page")
    return text


def wide_encoding(raw: bytes) -> str | None:
    """'UTF-32' or 'UTF-16' for text saved so: a byte-order mark, or, without one, ASCII text whose
    every fourth byte (UTF-32) or every other byte (UTF-16) is the only one not NUL."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = raw[:512]
    if len(head) < 8:
        return None
    if any(head[i::4].count(0) < len(head) * 0.2 for i in range(4)) and head.count(0) > len(head) * 0.7:
        return "UTF-32"
    if head[1::2].count(0) > len(head) * 0.45 or head[0::2].count(0) > len(head) * 0.45:
        return "UTF-16"
    return None
