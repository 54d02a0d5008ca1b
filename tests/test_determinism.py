"""Determinism (issue 7): byte-identical output across PYTHONHASHSEED, TZ, locale, file system
listing order (a sitecustomize shim shuffles os.listdir/os.scandir), worker count and cache state."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURE, ROOT
from tools.faultlib import make_corpus, manifest

SHIM = ROOT / "tests" / "tools" / "shuffle_fs"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"

VARIANTS = {
    "base": {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
    "east": {"PYTHONHASHSEED": "4242", "TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8",
             "CHRONICLE_SHUFFLE_SEED": "1"},
    "west-ascii": {"PYTHONHASHSEED": "random", "TZ": "America/Los_Angeles", "LC_ALL": "C", "LANG": "C",
                   "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0", "CHRONICLE_SHUFFLE_SEED": "2"},
}
EXTRA_ARGS = {"base": ["--no-cache", "--jobs", "1"], "east": ["--jobs", "2"], "west-ascii": []}


def _env(variant: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONHASHSEED", "TZ", "LC_ALL", "LANG", "LANGUAGE",
                                                            "PYTHONUTF8", "PYTHONCOERCECLOCALE")}
    env.update(VARIANTS[variant])
    env["PYTHONPATH"] = os.pathsep.join([str(SHIM), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _build(content: Path, config: Path, out: Path, variant: str, *extra: str) -> dict:
    cmd = [sys.executable, str(ROOT / "build.py"), "build", "--content", str(content), "--config", str(config),
           "--out", str(out), *extra, *EXTRA_ARGS[variant]]
    r = subprocess.run(cmd, env=_env(variant), capture_output=True, text=True, timeout=600, cwd=ROOT)
    if r.returncode and "--jobs" in r.stderr and "unrecognized" in r.stderr:  # older CLI without --jobs/--no-cache
        cmd = [c for c in cmd if c not in EXTRA_ARGS[variant]]
        r = subprocess.run(cmd, env=_env(variant), capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert r.returncode == 0, f"[{variant}] {r.stderr}"
    return manifest(out)


def _differences(a: dict, b: dict, out_a: Path, out_b: Path) -> list[str]:
    diffs = [f"only in one build: {sorted(set(a) ^ set(b))[:5]}"] if set(a) != set(b) else []
    for path in sorted(set(a) & set(b)):
        if a[path] != b[path]:
            x, y = (out_a / path).read_bytes(), (out_b / path).read_bytes()
            at = next((i for i in range(min(len(x), len(y))) if x[i] != y[i]), min(len(x), len(y)))
            diffs.append(f"{path}: differs at byte {at}: {x[max(0, at - 40):at + 40]!r} vs {y[max(0, at - 40):at + 40]!r}")
    return diffs


def test_the_shim_really_shuffles():
    env = _env("east")
    code = "import os; print(os.listdir('.') == sorted(os.listdir('.')) and [e.name for e in os.scandir('.')] == sorted(os.listdir('.')))"
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT / "tests")
    assert r.stdout.strip() == "False", r.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("det-corpus") / "c", 200)


@pytest.mark.slow
@pytest.mark.parametrize("which", ["fixture", "hostile", "corpus"])
def test_output_is_byte_identical_across_environments(which, corpus, tmp_path):
    content, config = {
        "fixture": (FIXTURE / "content", FIXTURE / "config.yaml"),
        "hostile": (HOSTILE / "content", HOSTILE / "config.yaml"),
        "corpus": (corpus / "content", corpus / "config.yaml"),
    }[which]
    outs = {v: tmp_path / v / "site" for v in VARIANTS}
    manifests = {v: _build(content, config, out, v, "--no-search") for v, out in outs.items()}
    problems = []
    for v in VARIANTS:
        if v != "base":
            problems += [f"[{v}] {d}" for d in _differences(manifests["base"], manifests[v], outs["base"], outs[v])]
    assert problems == [], "\n".join(problems[:20])
    # and a rebuild over the existing output (warm cache, hard-linked unchanged files) changes nothing
    again = _build(content, config, outs["east"], "east", "--no-search")
    assert again == manifests["base"]


@pytest.mark.slow
def test_search_index_is_byte_identical_across_environments(tmp_path):
    outs = {v: tmp_path / v / "site" for v in ("base", "east")}
    manifests = {v: _build(FIXTURE / "content", FIXTURE / "config.yaml", out, v) for v, out in outs.items()}
    assert any(p.startswith("pagefind/") for p in manifests["base"])
    problems = _differences(manifests["base"], manifests["east"], outs["base"], outs["east"])
    assert problems == [], "\n".join(problems[:20])
