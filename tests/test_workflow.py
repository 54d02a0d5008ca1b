"""The GitHub Pages workflow: valid against GitHub's workflow schema, and it builds the site
the way the issue asks (make site, official Pages actions, base path from configure-pages)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def check_jsonschema(path: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("check-jsonschema")
    if not exe.exists():
        pytest.fail("check-jsonschema is not installed: pip install -e '.[test]'")
    # the GitHub workflow schema ships inside check-jsonschema: no network needed
    return subprocess.run([str(exe), "--builtin-schema", "vendor.github-workflows", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_workflow_is_valid_against_the_github_schema():
    result = check_jsonschema(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_check_rejects_a_broken_workflow(tmp_path):
    broken = tmp_path / "pages.yml"
    text = WORKFLOW.read_text().replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest", 1)
    broken.write_text(text)
    assert check_jsonschema(broken).returncode != 0


def _workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def _steps(data: dict) -> list[dict]:
    return [s for job in data["jobs"].values() for s in job.get("steps", [])]


def test_workflow_builds_with_make_site_on_push_to_main_and_deploys_with_official_actions():
    data = _workflow()
    assert data["on"]["push"]["branches"] == ["main"]
    assert data["permissions"]["pages"] == "write" and data["permissions"]["id-token"] == "write"
    uses = {s["uses"].split("@")[0]: s["uses"].split("@")[1] for s in _steps(data) if "uses" in s}
    assert uses["actions/configure-pages"] == "v6"
    assert uses["actions/upload-pages-artifact"] == "v5"
    assert uses["actions/deploy-pages"] == "v5"
    build = [s for s in _steps(data) if "run" in s and "make site" in s["run"]]
    assert len(build) == 1
    assert "steps.pages.outputs.base_path" in build[0]["run"]
    upload = next(s for s in _steps(data) if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    deploy = data["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_site_passes_the_base_path_to_the_build():
    result = subprocess.run(["make", "-n", "site", "BASE_PATH=/my-repo/"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert "--base-path" in result.stdout and "/my-repo/" in result.stdout, result.stdout


def test_workflow_restores_the_last_build_before_building_and_checks_before_uploading():
    steps = _steps(_workflow())
    names = [s.get("uses", "").split("@")[0] or s.get("run", "") for s in steps]
    cache_at = names.index("actions/cache")
    build_at = next(i for i, n in enumerate(names) if "make site" in n)
    check_at = next(i for i, n in enumerate(names) if "build.py check" in n)
    upload_at = names.index("actions/upload-pages-artifact")
    assert cache_at < build_at < check_at < upload_at
    cache = steps[cache_at]["with"]
    assert set(cache["path"].split()) == {"site", ".site.cache"}
    # a key that changes with the code, layouts and config, and fallbacks so a push never starts cold
    assert "hashFiles(" in cache["key"] and "github.sha" in cache["key"]
    for watched in ("chronicle/**", "layouts/**", "config.yaml"):
        assert watched in cache["key"]
    assert cache["restore-keys"].split()[-1] == "chronicle-"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_restored_build_on_a_fresh_checkout_gives_the_same_site(tmp_path):
    """What the workflow does on a new runner: a fresh clone (new mtimes and inodes), the last
    build's site/ and cache restored from an archive, then the build: same bytes as a cold one."""
    import tarfile

    def clone(name: str) -> Path:
        dest = tmp_path / name
        subprocess.run(["git", "clone", "-q", str(ROOT), str(dest)], check=True, timeout=120)
        return dest

    def build(project: Path, *extra: str) -> None:
        subprocess.run([sys.executable, "build.py", "build", "--no-search", *extra], cwd=project,
                       check=True, capture_output=True, timeout=300)

    first = clone("first")
    build(first)
    with tarfile.open(tmp_path / "cache.tar", "w") as tar:
        for name in ("site", ".site.cache"):
            tar.add(first / name, arcname=name)
    second = clone("second")
    (second / "content" / "pages" / "about.md").write_text(
        (second / "content" / "pages" / "about.md").read_text() + "\nOne more line.\n")
    with tarfile.open(tmp_path / "cache.tar") as tar:
        tar.extractall(second, filter="tar")
    build(second)
    cold = clone("cold")
    (cold / "content" / "pages" / "about.md").write_text((second / "content" / "pages" / "about.md").read_text())
    build(cold)
    files = lambda p: {f.relative_to(p / "site"): f.read_bytes() for f in (p / "site").rglob("*") if f.is_file()}
    assert files(second) == files(cold)
