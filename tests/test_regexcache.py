"""chronicle/regexcache.py: patterns compiled in an earlier run are loaded, not compiled again,
and are the very patterns `re` makes; a bad or foreign cache file only costs the compiling."""
from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from chronicle import regexcache

ROOT = Path(__file__).resolve().parent.parent
# named groups, flags, a look-behind, bytes: what _sre.compile is handed beside the code
TEXTS = [(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?:(?P<year>\d{4}))?", 0),
         (r"(?<!\w)(?:montag|dienstag|lundi)\b", re.I),
         (r"^\s*(read more|lire la suite)\s*[.…»]*$", re.I | re.M),
         (rb"[\x00-\x1f]+", 0)]


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch):
    """As where Python writes bytecode (the team's machines set PYTHONDONTWRITEBYTECODE)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def compiled(path: Path) -> list[re.Pattern]:
    re.purge()   # (re's own cache would answer without compiling)
    with regexcache.kept(path):
        return [re.compile(text, flags) for text, flags in TEXTS]


def fresh() -> list[re.Pattern]:
    return [regexcache._ORIGINAL(text, flags) for text, flags in TEXTS]


def test_a_second_run_loads_the_patterns_the_first_compiled(tmp_path, monkeypatch):
    path = tmp_path / "cache.marshal"
    first = compiled(path)
    assert path.is_file()
    monkeypatch.setattr(regexcache, "_make", lambda *a: pytest.fail("compiled again"))
    second = compiled(path)
    # a Pattern equals another of the same text, flags and code
    assert first == second == fresh()
    assert [p.groupindex for p in second] == [p.groupindex for p in fresh()]
    assert second[0].match("21.04.2025").group("day", "month", "year") == ("21", "04", "2025")
    assert second[1].search("am Dienstag") and not second[1].search("xmontag")
    assert second[3].sub(b" ", b"a\x01\x02b") == b"a b"


def test_a_run_that_compiles_nothing_new_leaves_the_file_alone(tmp_path):
    path = tmp_path / "cache.marshal"
    compiled(path)
    before = path.stat().st_mtime_ns
    compiled(path)
    assert path.stat().st_mtime_ns == before


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps(("another version", {})),
                                     marshal.dumps([1, 2, 3])])
def test_a_file_that_cannot_be_read_is_compiled_over(tmp_path, content):
    path = tmp_path / "cache.marshal"
    path.write_bytes(content)
    assert compiled(path) == fresh()
    assert regexcache._load(path)   # written anew, readable


def test_code_that_the_engine_refuses_is_compiled_anew(tmp_path):
    path = tmp_path / "cache.marshal"
    compiled(path)
    version, table = marshal.loads(path.read_bytes())
    for key, (flags, code, groups, groupindex, indexgroup) in list(table.items()):
        table[key] = (flags, b"\xff\xff\xff\x7f" * 3, groups, groupindex, indexgroup)
    path.write_bytes(marshal.dumps((version, table)))
    assert compiled(path) == fresh()


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "cache.marshal"
    assert compiled(path) == fresh()
    assert not path.exists()


def test_a_python_whose_private_re_differs_compiles_as_re_does(tmp_path, monkeypatch):
    def changed(*args):
        raise TypeError("compile() takes 7 arguments")
    monkeypatch.setattr(regexcache, "_made", changed)   # (as _sre.compile of another signature would)
    assert compiled(tmp_path / "cache.marshal") == fresh()
    with pytest.raises(re.error), regexcache.kept(tmp_path / "cache.marshal"):
        re.compile(r"(unclosed")


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert compiled(blocker / "cache.marshal") == fresh()   # (its folder cannot be made)


def test_ingest_with_the_cache_writes_the_same_articles(tmp_path):
    """`build.py ingest` twice, the second from the cache the first wrote: the same articles."""
    digest = tmp_path / "2025-03-02-digest.txt"
    digest.write_text("Councils approve a new rail line\nThe council approved the line on Tuesday, "
                      "4 March 2025, after a long debate about its costs.\n\nFarmers fund a water tariff\n"
                      "Farmers in Bavaria agreed on 3.3.2025 to pay for the new water tariff. Read more »\n",
                      encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPYCACHEPREFIX": str(tmp_path / "pyc")}
    outs = []
    for run in ("first", "second"):
        out = tmp_path / run
        subprocess.run([sys.executable, str(ROOT / "build.py"), "ingest", str(digest), "--into", str(out)],
                       check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        outs.append({p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.md"))})
    assert list((tmp_path / "pyc").rglob("regexcache.*.marshal"))
    assert len(outs[0]) == 2 and outs[0] == outs[1]
