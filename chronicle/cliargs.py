"""The command line's argument types: each turns a word the user typed into a value, or into a
usage error (argparse: one line, exit 2) saying what was expected."""
from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path


def date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date YYYY-MM-DD") from None


def port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:   # 0: any free port
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (0 to 65535)")
    return port


def text(text: str) -> str:
    """Text an article will hold: bytes the terminal's encoding could not read (a Latin-1 'é' in a
    UTF-8 shell) arrive as lone surrogates, which no file can be written with."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        raise argparse.ArgumentTypeError(f"'{shown}' is not UTF-8 text (a byte of another encoding)") from None
    return text


def utf8_path(word: str) -> Path:
    """A folder or file (--content, --config, --layouts, --into) whose name goes into every
    message and the build's state: bytes that are not UTF-8 were a traceback when that was saved."""
    return Path(text(word))


NAME_MAX = 255   # bytes in one file name (ext4, APFS, NTFS)
BESIDE_OUT = 16   # what the build keeps beside --out: .NAME.staging, .NAME.cache, .NAME.tmp-PID (7 digits)


def out(text: str) -> Path:
    """An output folder whose name the file system takes, with the build's names beside it: too
    long a name was an OSError traceback (File name too long) on the first stat."""
    path = Path(text)   # (a name that is not UTF-8 is fine here: site/ is only written)
    for part in path.parts:
        if len(os.fsencode(part)) > NAME_MAX:
            raise argparse.ArgumentTypeError(f"'{part[:40]}…' is {len(os.fsencode(part))} bytes long; a file "
                                             f"name may be at most {NAME_MAX}")
    if len(os.fsencode(path.name)) > NAME_MAX - BESIDE_OUT:
        raise argparse.ArgumentTypeError(f"the folder name is {len(os.fsencode(path.name))} bytes long; at most "
                                         f"{NAME_MAX - BESIDE_OUT}, as the build keeps .NAME.staging beside it")
    return path


def base_path(text: str) -> str:
    from .config import base_path_problem   # the rule config.yaml's site.base_path follows

    problem = base_path_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text
