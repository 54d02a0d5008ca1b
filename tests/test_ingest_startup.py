"""What `build.py ingest` imports before it reads a digest: the start is serial, paid by every
ingest. A plain text digest with the default config.yaml (no `ingest_rules` patterns) needs neither
the `regex` package (only for the config's own patterns), the e-mail package (only for a digest
saved as an e-mail) nor multiprocessing (the workers are plain forks): tens of milliseconds of a
1 MB digest's start, each; nor the Markdown renderer's extension (ingest renders no body: a few ms); nor the site's model (chronicle/model.py, ~7 ms of dataclasses: ingest
needs only its file keys, chronicle/keys.py). A config with a pattern still gets `regex`, which
runs it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("regex", "email", "multiprocessing", "subprocess", "markdown_it_pyrs")
SITE_ONLY = ("chronicle.model",)
DIGEST = """captured: 2025-03-02

Councils review a hospital merger in Ohio
The county's two hospitals would become one under a plan councillors reviewed on Monday.

Farmers fund the water tariff across Bavaria
A cooperative of farmers agreed to pay a share of the new water tariff, officials said.
"""


def _imported(tmp_path: Path, config: Path) -> list[str]:
    digest = tmp_path / "2025-03-02-digest.txt"
    digest.write_text(DIGEST, encoding="utf-8")
    seen = tmp_path / "modules.json"
    code = ("import json, sys\n"
            f"sys.argv = ['build.py', 'ingest', {str(digest)!r}, '--into', {str(tmp_path / 'out')!r}, "
            f"'--config', {str(config)!r}]\n"
            "from chronicle.cli import main\n"   # (build.py's run() ends with os._exit: no atexit)
            "code = main()\n"
            f"open({str(seen)!r}, 'w').write(json.dumps(sorted(sys.modules)))\n"
            "sys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "2 written" in done.stdout, done.stdout
    return [m for m in json.loads(seen.read_text()) if m.split(".")[0] in HEAVY or m in SITE_ONLY]


def test_a_text_digest_with_the_default_config_imports_none_of_the_heavy_packages(tmp_path):
    assert _imported(tmp_path, ROOT / "config.yaml") == []


def test_a_config_with_a_pattern_still_checks_it_with_regex(tmp_path):
    config = tmp_path / "config.yaml"
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    assert "  promo_patterns: []\n" in text
    config.write_text(text.replace("  promo_patterns: []\n", "  promo_patterns: ['^Subscribe now']\n"), encoding="utf-8")
    assert "regex" in _imported(tmp_path, config)
