"""The ingest command as users run it: lines on stdout, one error line per bad file on stderr, exit codes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIX = Path(__file__).parent / "fixtures" / "ingest"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "ingest", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_cli_ingest_and_errors(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfeA\x00\x00\xd8")   # a broken UTF-16 file
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "out"
    r = run(str(FIX / "listing_dmy.txt"), str(bad), str(empty), "--into", str(out), "--captured", "2025-06-20")
    assert r.returncode == 1
    assert "layout listing" in r.stdout and "3 written" in r.stdout
    errors = r.stderr.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(str(bad) + ":") or errors[1].startswith(str(bad) + ":")
    assert len(list(out.glob("*.md"))) == 3
    again = run(str(FIX / "listing_dmy.txt"), "--into", str(out), "--captured", "2025-06-20")
    assert again.returncode == 0 and "0 written, 3 unchanged" in again.stdout


def test_cli_forced_layout(tmp_path):
    r = run(str(FIX / "single.txt"), "--into", str(tmp_path), "--layout", "generic")
    assert r.returncode == 0 and "layout generic (forced)" in r.stdout
