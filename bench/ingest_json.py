"""What reading a JSON export costs (chronicle/ingest/jsonexport.py): CPU seconds of
`formats.structured` (parse, find the records, their lines and roles, the stories) on a seeded
Telegram-style export of about 1 MB, on a NewsAPI-style one, on 50,000 empty records and on 50,000
records each with keys of their own (100,000 fields: a hostile export); medians of --runs, in this
process. With --end-to-end also `build.py ingest` of the 1 MB export into an
empty folder in a new process (wall, and CPU of it and its workers): reading is a small part,
composing and tagging each message is the rest.

    flock /tmp/bench.lock .venv/bin/python bench/ingest_json.py --runs 5 --end-to-end
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from chronicle.ingest import formats   # noqa: E402
from chronicle.ingest.model import Context   # noqa: E402

WORDS = ("grid power gas oil price market minister talks border election court vote budget tariff export "
         "import factory strike union rail port storm flood drought harvest bank rate inflation").split()
OUTLETS = ("Reuters", "Bloomberg", "Argus Media", "CBC News", "Financial Times", "")


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def telegram(size: int, seed: int = 14) -> str:
    rng, msgs, n = random.Random(seed), [], 0
    start = dt.datetime(2025, 1, 1, 8, 0)
    while True:
        n += 1
        when = start + dt.timedelta(minutes=37 * n)
        head, body = _sentence(rng, 8)[:-1], " ".join(_sentence(rng, 14) for _ in range(3))
        text = [{"type": "bold", "text": head}, f"\n\n{body}\n\nvia ",
                {"type": "text_link", "text": "link", "href": f"https://www.reuters.com/a/{n}"}]
        msgs.append({"id": n, "type": "service" if n % 40 == 0 else "message", "date": when.isoformat(),
                     "date_unixtime": str(int(when.timestamp())), "from": "Channel",
                     "forwarded_from": rng.choice(OUTLETS), "text": text, "text_entities": text})
        if n % 50 == 0 and len(json.dumps(msgs)) > size:
            return json.dumps({"name": "Channel", "type": "public_channel", "id": 1, "messages": msgs}, indent=1)


def newsapi(count: int, seed: int = 15) -> str:
    rng = random.Random(seed)
    return json.dumps({"status": "ok", "articles": [
        {"source": {"id": None, "name": rng.choice(OUTLETS[:-1])}, "author": "A. Writer",
         "title": _sentence(rng, 9)[:-1], "description": _sentence(rng, 20), "url": f"https://example.org/{i}",
         "urlToImage": f"https://example.org/{i}.jpg", "publishedAt": f"2025-03-{1 + i % 28:02d}T10:00:00Z",
         "content": _sentence(rng, 30) + " [+1234 chars]"} for i in range(count)]})


def _cpu(text: str, runs: int) -> tuple[float, int]:
    ctx = Context(captured=dt.date(2025, 3, 6), war_day_epoch=dt.date(2022, 2, 24))
    times, stories = [], 0
    for _ in range(runs):
        start = time.process_time()
        stories = len(formats.structured(text, ctx).stories)
        times.append(time.process_time() - start)
    return statistics.median(times), stories


def _end_to_end(text: str, runs: int) -> None:
    walls, cpus = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            digest = Path(tmp) / "export.json"
            digest.write_text(text, encoding="utf-8")
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([sys.executable, str(HERE / "build.py"), "ingest", str(digest), "--into",
                            str(Path(tmp) / "out"), "--captured", "2025-03-06"], cwd=HERE, check=True,
                           capture_output=True)
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    print(f"end to end, 1 MB export: wall median {statistics.median(walls):.2f} s "
          f"({min(walls):.2f}-{max(walls):.2f}), CPU median {statistics.median(cpus):.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--end-to-end", action="store_true")
    args = ap.parse_args()
    cases = {"Telegram export, 1 MB": telegram(1_000_000), "NewsAPI, 2,000 articles": newsapi(2000),
             "50,000 empty records": json.dumps([{} for _ in range(50_000)]),
             "50,000 records, keys of their own": json.dumps([{f"k{i}": f"some words of text {i}",
                                                              f"title{i}": f"A title here {i}"} for i in range(50_000)])}
    for name, text in cases.items():
        cpu, stories = _cpu(text, args.runs)
        print(f"{name} ({len(text.encode()) / 1e6:.2f} MB, {stories} stories): reader CPU median {cpu:.3f} s")
    if args.end_to_end:
        _end_to_end(cases["Telegram export, 1 MB"], args.runs)
    print(f"load average: {' '.join(open('/proc/loadavg').read().split()[:3])}")


if __name__ == "__main__":
    main()
