"""Runs a command and reads the PSS of it and of every descendant (Pagefind's services, forked
workers) from /proc/PID/smaps_rollup every --every seconds; prints the peak of the sum with
each process's share at that moment, the CPU seconds of the command and its children, and
writes the whole trace as JSON lines (--trace) to see which stage held what.

    nice -n 19 .venv/bin/python bench/psstrace.py --trace /tmp/t.jsonl -- \\
        .venv/bin/python build.py build --timings --content C/content --config C/config.yaml --out S
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    found: list[int] = []
    for tid in tasks:
        try:
            found += [int(c) for c in Path(f"/proc/{pid}/task/{tid}/children").read_text().split()]
        except OSError:
            pass
    return found


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += _children(p)
    return out


def _pss(pid: int) -> tuple[str, int] | None:
    try:
        name = Path(f"/proc/{pid}/comm").read_text().strip()
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return name, int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--every", type=float, default=1.0)
    ap.add_argument("--trace", type=Path)
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    start = time.perf_counter()
    proc = subprocess.Popen(command)
    done, peak = threading.Event(), {"total": 0}
    trace = open(args.trace, "w") if args.trace else None

    def sample() -> None:
        while not done.wait(args.every):
            shares = {p: s for p in _tree(proc.pid) if (s := _pss(p))}
            total = sum(s for _, s in shares.values())
            row = {"t": round(time.perf_counter() - start, 1), "total": total,
                   "procs": {f"{n}:{p}": s for p, (n, s) in shares.items()}}
            if trace:
                trace.write(json.dumps(row) + "\n")
                trace.flush()
            if total > peak["total"]:
                peak.update(row)

    threading.Thread(target=sample, daemon=True).start()
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    if trace:
        trace.close()
    mb = 2 ** 20
    print(f"wall {wall:.1f} s, CPU (command and children) {ru.ru_utime + ru.ru_stime:.1f} s, "
          f"load average {os.getloadavg()}", file=sys.stderr)
    print(f"peak PSS {peak['total'] / mb:.0f} MB at {peak.get('t', 0)} s: " +
          ", ".join(f"{k} {v / mb:.0f}" for k, v in sorted(peak.get("procs", {}).items(), key=lambda kv: -kv[1])),
          file=sys.stderr)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
