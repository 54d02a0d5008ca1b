"""A command's wall time as a quiet 2-core machine would give it, measured on a busy one.

    .venv/bin/python bench/quiet_estimate.py [--cores 2] [--trace] -- .venv/bin/python build.py build ...

Every 0.05 s it reads the CPU time (utime + stime) and the state of every thread of the command
and its descendants (Pagefind's processes, the forked workers). In each interval the work done,
divided by the number of cores the command could have used (its runnable threads, at most
--cores, at least one), is what that interval would take on a quiet machine; the estimate is the
sum. A busy machine stretches every interval, not the work in it nor how many threads wanted a
core, so the estimate holds where the wall time does not (a cold 10,000-article build with
search at 8d3423f: 28.1 s estimated at load average 9, 28.8 s measured on a quiet machine).
CPU of threads that ended between two samples is missed by the sampling; the estimate is scaled
by the command's true CPU (rusage of its waited-for children) over the CPU sampled.

--trace prints, per half second, the command's runnable threads (its demand): where it is under
--cores, a core waits for the build.
"""
from __future__ import annotations

import argparse
import collections
import os
import resource
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def _threads(root: int) -> tuple[dict[tuple, float], int]:
    """CPU seconds of every thread of `root` and its descendants, and how many are runnable."""
    children = collections.defaultdict(list)
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = open(f"/proc/{name}/stat").read()
            except OSError:
                continue
            children[int(stat[stat.rindex(")") + 2:].split()[1])].append(int(name))
    todo, cpu, runnable = [root], {}, 0
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                stat = open(f"/proc/{pid}/task/{task}/stat").read()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            cpu[(pid, task, fields[19])] = (int(fields[11]) + int(fields[12])) / TICK
            runnable += fields[0] == "R"
    return cpu, runnable


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--trace", action="store_true", help="print the demand per half second")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    seen: dict[tuple, float] = {}
    estimate = sampled = 0.0
    demand: dict[int, list[float]] = collections.defaultdict(list)
    while proc.poll() is None:
        cpu, runnable = _threads(proc.pid)
        done = sum(max(0.0, c - seen.get(k, 0.0)) for k, c in cpu.items())
        seen.update(cpu)
        sampled += done
        estimate += done / max(1, min(args.cores, runnable))
        demand[int((time.perf_counter() - started) * 2)].append(runnable)
        time.sleep(0.05)
    wall = time.perf_counter() - started
    output = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    true_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if args.trace:
        for half, counts in sorted(demand.items()):
            mean = sum(counts) / len(counts)
            print(f"{half / 2:6.1f} s  {mean:4.1f} {'#' * round(mean * 10)}")
    print(output.rstrip())
    print(f"wall {wall:.2f} s, CPU {true_cpu:.2f} s, quiet {args.cores}-core estimate "
          f"{estimate * true_cpu / max(sampled, 1e-9):.2f} s, load average {os.getloadavg()[0]:.2f}")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
