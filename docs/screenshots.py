"""Screenshots of the fixture site for review in a pull request (issue 15): the home page, an
article, a topic, the search page (with results) and the timeline, at 1280 and 375 px wide, in
the light and the dark scheme, written to docs/screenshots/<page>-<width>-<scheme>.png.

    .venv/bin/python docs/screenshots.py [--out docs/screenshots] [--max-height 2400]

It builds tests/fixtures/site (with search) into a temporary folder, serves it over HTTP and
drives Debian's Chromium (/usr/bin/chromium) through Playwright (the test extras). Each shot is
the full page, cut at --max-height px; animations are stopped and the caret hidden, so shots of
the same build differ only where the rendering does.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"
CHROMIUM = "/usr/bin/chromium"
PAGES = {"home": "index.html", "article": "articles/zelensky-rift.html", "topic": "topics/russia.html",
         "search": "search.html?q=NATO", "timeline": "timeline/index.html"}
WIDTHS = (1280, 375)
SCHEMES = ("light", "dark")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def build_site(out: Path) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", str(FIXTURE / "content"),
                        "--config", str(FIXTURE / "config.yaml"), "--out", str(out)], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"the fixture site did not build:\n{r.stderr}")


def shoot(base: str, out: Path, max_height: int) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for scheme in SCHEMES:
            for width in WIDTHS:
                context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 800},
                                              device_scale_factor=1)
                page = context.new_page()
                for name, rel in PAGES.items():
                    page.goto(base + rel)
                    page.wait_for_load_state("load")
                    if name == "search":
                        page.wait_for_selector("#search-results li", timeout=15000)
                    height = min(page.evaluate("document.documentElement.scrollHeight"), max_height)
                    path = out / f"{name}-{width}-{scheme}.png"
                    page.screenshot(path=str(path), full_page=True, animations="disabled", caret="hide",
                                    clip={"x": 0, "y": 0, "width": width, "height": height})
                    written.append(path)
                context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--max-height", type=int, default=2400, help="cut full-page shots at this height (px)")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found: apt-get install -y chromium")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_site(site)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            written = shoot(f"http://127.0.0.1:{server.server_address[1]}/", args.out, args.max_height)
        finally:
            server.shutdown()
    total = sum(p.stat().st_size for p in written)
    print(f"{len(written)} screenshots, {total / 1024:.0f} KB, in {args.out}")


if __name__ == "__main__":
    main()
