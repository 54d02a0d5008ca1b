"""The Pagefind binary and its version, found without importing Pagefind's Python modules
(outputs/search/service.py): the binary is the one Pagefind's own lookup gives, the version is
the installed package's (so partition keys made before stay valid), and $PAGEFIND_BINARY_PATH
is honoured as Pagefind's lookup honours it."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version as package_version
from pathlib import Path

from chronicle.outputs.search import service


def test_the_binary_and_version_are_those_pagefind_finds():
    from pagefind.service import get_executable
    assert Path(service.executable()) == Path(get_executable())
    assert service.version() == package_version("pagefind_bin")


def test_pagefind_binary_path_is_honoured_and_nothing_of_pagefinds_python_is_imported(tmp_path):
    code = ("import sys; from chronicle.outputs.search import service; print(service.executable()); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pagefind', 'pagefind_bin', 'asyncio', 'platform')))")
    fake = tmp_path / "pagefind"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PAGEFIND_BINARY_PATH": str(fake), "PATH": "/usr/bin:/bin"}).stdout.splitlines()
    assert out == [str(fake), "[]"]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PATH": "/usr/bin:/bin"}).stdout.splitlines()
    assert Path(out[0]).name == "pagefind" and out[1] == "[]", out
