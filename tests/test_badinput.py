"""Bad input (issue 7): every malformed article or config is either read correctly or rejected
with `path:line: message` lines — never a traceback, quickly and in bounded memory.

Hand-made cases live in tests/fixtures/broken/<case>/ with their exact stderr pinned in
expected.txt; hypothesis generates the rest.
"""
from __future__ import annotations

import re
import datetime as dt
import random
import resource
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from chronicle.source import frontmatter
from chronicle.source import yamlnodes as Y
from chronicle.cli import main
from chronicle.errors import ChronicleError, ContentError

ROOT = Path(__file__).resolve().parent.parent
BROKEN = ROOT / "tests" / "fixtures" / "broken"
CASES = sorted(p.name for p in BROKEN.iterdir() if (p / "expected.txt").exists())
SHOWN = "content/articles/x.md"


def _run_case(case: Path, out: Path, capsys, monkeypatch) -> tuple[int, str]:
    monkeypatch.chdir(case)
    code = main(["build", "--no-search", "--content", "content", "--config", "config.yaml", "--out", str(out)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("name", CASES)
def test_broken_case_gives_its_pinned_message(name, tmp_path, capsys, monkeypatch):
    case = tmp_path / name
    shutil.copytree(BROKEN / name, case)
    code, err = _run_case(case, tmp_path / "out", capsys, monkeypatch)
    assert "Traceback" not in err
    assert code == 1
    assert err == (BROKEN / name / "expected.txt").read_text()
    assert not (tmp_path / "out").exists()


def test_there_are_many_broken_cases():
    assert len(CASES) >= 50
    assert sum(1 for c in CASES if c.startswith("config-")) >= 20


@pytest.mark.parametrize("name", ["billion-laughs", "nul-byte", "cp1252", "config-billion", "control-char"])
def test_broken_cases_through_the_real_cli(name, tmp_path):
    """The same cases as a user runs them: a separate process, no traceback, the same lines."""
    case = tmp_path / name
    shutil.copytree(BROKEN / name, case)
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--no-search", "--content", "content",
                        "--config", "config.yaml", "--out", str(tmp_path / "out")],
                       cwd=case, capture_output=True, text=True, timeout=120, preexec_fn=_limit_memory)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert r.stderr == (BROKEN / name / "expected.txt").read_text()


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))  # 2 GB of address space


def _cli_in_bounded_memory(case: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--no-search", "--content", "content",
                           "--config", "config.yaml", "--out", str(out)],
                          cwd=case, capture_output=True, text=True, timeout=300, preexec_fn=_limit_memory)


def test_a_50_mb_file_is_refused_in_bounded_memory(tmp_path):
    case = tmp_path / "big"
    (case / "content" / "articles").mkdir(parents=True)
    (case / "config.yaml").write_text("")
    with open(case / "content" / "articles" / "huge.md", "wb") as fh:
        fh.write(b"---\ntitle: " + b"x" * (50 * 1024 * 1024) + b"\n---\nbody\n")
    r = _cli_in_bounded_memory(case, tmp_path / "out")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.splitlines() == ["content/articles/huge.md: is larger than 5 MB; split it or move it out of the content folder"]


@pytest.mark.parametrize("shape", ["long-line", "many-keys", "long-list", "deep-quotes"])
def test_large_front_matter_under_the_limit_is_read_or_refused_in_bounded_memory(shape, tmp_path):
    case = tmp_path / shape
    arts = case / "content" / "articles"
    arts.mkdir(parents=True)
    (case / "config.yaml").write_text("")
    size = 4 * 1024 * 1024
    if shape == "long-line":
        fm = "title: " + "word " * (size // 5)
    elif shape == "many-keys":
        fm = "title: t\n" + "".join(f"k{i}: v\n" for i in range(size // 12))
    elif shape == "long-list":
        fm = "title: t\ntags: [" + ", ".join("a" for _ in range(size // 3)) + "]"
    else:
        fm = 'title: "' + "\\\"" * (size // 2) + '"'
    (arts / "big.md").write_text(f"---\n{fm}\n---\nbody\n")
    r = _cli_in_bounded_memory(case, tmp_path / "out")
    assert "Traceback" not in r.stderr
    if r.returncode:
        lines = r.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("content/articles/big.md:"), r.stderr[:500]
    else:
        assert (tmp_path / "out" / "articles" / "big.html").exists()


# --- property tests over front matter -------------------------------------------------------

VALID = (
    "---\n"
    'title: "What Putin wants from Xi Jinping"\n'
    "date: 2025-05-07\n"
    "date_basis: stated\n"
    "source: Yahoo\n"
    "url: https://example.org/a\n"
    "tags: [china, russia, vladimir-putin]\n"
    'summary: "One or two sentences."\n'
    "imported_from: 002_ff8fc0b427d3e583.txt\n"
    "id: 9f2c\n"
    "draft: false\n"
    "---\n"
    "Body text.\n"
)
NASTY = ["\x00", "\ufeff", "\r\n", "\r", "\t", ":", ": ", "- ", "[", "]", "{", "}", "&a", "*a", "!!str ", "!!python/object ",
         "'", '"', "\\", "#", "|", ">", "%", "@", "`", "---", "...", "\x85", "\u2028", "\x07", "\x1b", "é", "\udc80",
         "ü", "\U0001F600", "<<: ", "? ", "NO", "1.10", "2025-02-30", "~", "null", "\n  ", "\n-", "x" * 5000]


def _check_outcome(raw: bytes):
    """Read `raw` the way content.py does; only ContentErrors with a real line may come out."""
    n_lines = raw.count(b"\n") + raw.count(b"\r") + 1
    try:
        text = frontmatter.normalise_text(raw, SHOWN)
        yaml_text, yaml_line, body, body_line = frontmatter.split(text, SHOWN)
        fields, errors = frontmatter.parse_fields(yaml_text, yaml_line, SHOWN)
    except ContentError as exc:
        errors, fields = [exc], {}
    for e in errors:
        assert isinstance(e, ContentError)
        assert e.path == SHOWN
        assert e.line is None or 1 <= e.line <= n_lines, (e.line, n_lines, str(e))
        assert e.message and "\n" not in e.message and "Traceback" not in e.message, e.message
        assert str(e).startswith(f"{SHOWN}:")
    if not errors:
        assert isinstance(fields["title"], str) and fields["title"].strip()
        assert isinstance(fields.get("tags", ()), tuple)
        assert all(isinstance(t, str) and t for t in fields.get("tags", ()))
        assert fields.get("date") is None or isinstance(fields["date"], dt.date)
        assert isinstance(fields.get("draft", False), bool)
        for key in ("source", "url", "summary", "imported_from", "id", "date_basis"):
            assert isinstance(fields.get(key, ""), str)
    return errors


@st.composite
def mutated(draw):
    text = VALID
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace", "dupline"]))
        piece = draw(st.one_of(st.sampled_from(NASTY), st.text(max_size=8)))
        if kind == "insert":
            text = text[:pos] + piece + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 20)):]
        elif kind == "replace":
            text = text[:pos] + piece + text[pos + len(piece):]
        else:
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            text = "\n".join(lines)
    return text.encode("utf-8", "surrogateescape") if draw(st.booleans()) else text.encode("utf-8", "replace")


FIELD_NAMES = ["title", "date", "date_basis", "source", "url", "tags", "summary", "imported_from", "id", "draft", "extra"]
yaml_scalars = st.one_of(st.text(max_size=30), st.sampled_from(NASTY), st.integers().map(str),
                         st.sampled_from(["true", "no", "~", "2025-01-01", "2025-13-45", "1e400", "0x1F", "[a, b]",
                                          "{a: 1}", "- x", "&anc v", "*anc", "|\n  text", ">-\n  folded"]))


@st.composite
def random_front_matter(draw):
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        key = draw(st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=10)))
        indent = draw(st.sampled_from(["", "", "", "  ", "\t"]))
        lines.append(f"{indent}{key}: {draw(yaml_scalars)}")
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    bom = draw(st.sampled_from(["", "\ufeff"]))
    return (bom + "---" + eol + eol.join(lines) + eol + "---" + eol + draw(st.text(max_size=50))).encode("utf-8", "replace")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_front_matter_is_read_or_refused_with_a_line(raw):
    _check_outcome(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_front_matter())
def test_random_front_matter_is_read_or_refused_with_a_line(raw):
    _check_outcome(raw)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_are_read_or_refused_with_a_line(raw):
    _check_outcome(b"---\n" + raw)


title_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), min_size=1, max_size=80).filter(
    lambda t: not frontmatter.FORBIDDEN_CHARS.search(t))


@settings(max_examples=300, deadline=None)
@given(title=title_text, tags=st.lists(st.text(string.ascii_letters + "é -.'&", min_size=1, max_size=15), max_size=5),
       source=st.text(max_size=30).filter(lambda s: "\x00" not in s and "\r" not in s and not frontmatter.FORBIDDEN_CHARS.search(s)))
def test_dumped_front_matter_reads_back_exactly(title, tags, source):
    """Ingest writes articles with frontmatter.dump: whatever the text, the article must read back as written."""
    title = title.strip()
    tags = [t.strip() for t in tags if t.strip() and any(c.isalnum() for c in t)]
    assume(Y.visible(title) and not Y.unclosed_bidi(title + source)   # ('\u200b' is no title; '\u202e' refused)
           and not any(0xD800 <= ord(c) <= 0xDFFF for c in title + source))
    doc = frontmatter.dump({"title": title, "date": dt.date(2025, 1, 2), "tags": tags, "source": source}, "Body.\n")
    raw = doc.encode("utf-8")
    errors = _check_outcome(raw)
    assert not errors, f"{doc!r}: {[str(e) for e in errors]}"
    text = frontmatter.normalise_text(raw, SHOWN)
    yaml_text, yaml_line, body, _ = frontmatter.split(text, SHOWN)
    fields, _ = frontmatter.parse_fields(yaml_text, yaml_line, SHOWN)
    assert fields["title"] == title
    assert list(fields.get("tags", ())) == tags
    assert fields.get("source", "") == source
    assert body.strip() == "Body."


# --- config.yaml ---------------------------------------------------------------------------

config_values = st.one_of(yaml_scalars, st.just(""), st.just("[x, y]"), st.just("{a: b}"))
SECTIONS = {"site": ["title", "description", "url", "base_path", "language", "author", "tilte"],
            "build": ["allow_html", "home_latest", "home_topics", "related_count", "feed_entries", "download_zip", "x"],
            "ingest": ["war_day_epoch", "max_tags"], "topics": ["nato", "NATO", "!!!", "north-korea"]}


@st.composite
def random_config(draw):
    out = []
    for section in draw(st.lists(st.sampled_from(sorted(SECTIONS) + ["other"]), max_size=4)):
        out.append(f"{section}:")
        for _ in range(draw(st.integers(0, 4))):
            key = draw(st.sampled_from(SECTIONS.get(section, ["k"])))
            out.append(f"  {key}: {draw(config_values)}")
            if section == "topics" and draw(st.booleans()):
                out[-1] = f"  {key}:"
                out.append(f"    {draw(st.sampled_from(['name', 'aliases', 'description', 'kind', 'alias']))}: {draw(config_values)}")
    return "\n".join(out) + "\n"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=random_config())
@example(text='build:\n  allow_html: \xa0\U00010000\x1f\r0\n')  # a lone CR: YAML's line 4 of 3 '\n' lines
def test_random_config_is_read_or_refused_with_a_line(text, tmp_path):
    from chronicle.config import load_config
    from chronicle.errors import ErrorList

    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8", errors="replace")
    # YAML (and editors such as VS Code) count a lone CR, NEL and the Unicode separators as line
    # breaks too, so a line number up to that count is a real line of the file.
    n_lines = len(re.split("\r\n|[\r\n\x85\u2028\u2029]", text))
    try:
        load_config(path)
    except ChronicleError as exc:
        for e in (exc.errors if isinstance(exc, ErrorList) else [exc]):
            assert e.path == str(path)
            assert e.line is not None and 1 <= e.line <= n_lines, (str(e), text)
            assert "\n" not in e.message


# --- raw digests (ingest) -------------------------------------------------------------------

SEEDS = sorted((ROOT / "tests" / "fixtures" / "ingest").glob("*.txt")) + sorted((ROOT / "content" / "sources").glob("*.txt"))


def _ingest_context():
    from chronicle.config import default_config
    from chronicle.ingest.run import make_context
    from chronicle.ingest.tagging import Tagger

    config = default_config()
    return make_context(config, dt.date(2025, 6, 1)), Tagger.from_topics(config.topics, config.max_tags, frozenset())


def _ingest_text(text: str):
    """Read `text` as ingest reads a digest: refused in one clear line, or every story it makes
    renders to an article that reads back cleanly."""
    import tempfile

    from chronicle.errors import IngestError
    from chronicle.ingest.compose import compose
    from chronicle.ingest.run import parse, read_raw

    with tempfile.TemporaryDirectory() as d:
        digest = Path(d) / "fuzz.txt"
        digest.write_bytes(text.encode("utf-8"))
        try:
            text = read_raw(digest)
        except IngestError as exc:
            assert exc.path == str(digest) and exc.message and "\n" not in exc.message, str(exc)
            return
    ctx, tagger = _ingest_context()
    parsed = parse(text, ctx)
    for story in parsed.stories:
        draft = compose(story, parsed, "fuzz.txt", ctx, tagger)
        if draft is None:
            continue
        errors = _check_outcome(draft.render())
        assert not errors, [str(e) for e in errors]


@st.composite
def mutated_seed(draw):
    text = draw(st.sampled_from(SEEDS)).read_text(encoding="utf-8")
    lines = text.split("\n")
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(1, 10))):
        i = rng.randrange(len(lines))
        op = rng.choice(["drop", "dup", "swap", "insert", "cut"])
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.one_of(st.sampled_from(NASTY), st.text(max_size=40))))
        else:
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        if not lines:
            lines = [""]
    return "\n".join(lines)


@pytest.mark.skipif(not SEEDS, reason="no ingest seeds yet")
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_seed())
def test_mutated_digests_never_crash_ingest(text):
    # decoded input never holds NUL (refused by read_raw) or lone surrogates (not valid UTF-8)
    _ingest_text("".join(c for c in text if c != "\x00" and not 0xD800 <= ord(c) <= 0xDFFF))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_crashes_ingest(text):
    _ingest_text(text.replace("\x00", "").replace("\r", "\n"))


@pytest.mark.parametrize("text", [".", "...", "-", "#", "* * *", "1.", "Reuters\n2 days ago\n.\n"])
def test_ingest_never_writes_an_article_without_a_title(text):
    _ingest_text(text)


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x7f", "\x85", "\ufffe"])
def test_control_characters_are_refused_with_their_place(char):
    raw = f"---\ntitle: ok\n---\nfirst\nsecond {char} here\n".encode()
    errors = _check_outcome(raw)
    assert [f"{e.path}:{e.line}: {e.message}" for e in errors] == [f"{SHOWN}:5: contains the control character U+{ord(char):04X} (column 8); "
                                        "remove it, it cannot appear in a web page"]
    escaped = f"---\ntitle: \"a\\u{ord(char):04x}b\"\n---\nbody\n".encode()
    assert [f"{e.path}:{e.line}: {e.message}" for e in _check_outcome(escaped)] == [
        f"{SHOWN}:2: 'title' contains the control character U+{ord(char):04X}; remove it, it cannot appear in a web page"]


def test_form_feeds_become_spaces():
    text = frontmatter.normalise_text(b"---\ntitle: t\n---\na\x0cb\x0bc\n", SHOWN)
    assert text.endswith("a b c\n")


def test_cp1252_digest_is_refused_clearly(tmp_path):
    digest = tmp_path / "digest.txt"
    digest.write_bytes("Headline\n\nThe minister’s “statement” – in café.\n".encode("cp1252"))
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "ingest", str(digest), "--into", str(tmp_path / "articles")],
                       capture_output=True, text=True, timeout=120)
    assert "Traceback" not in r.stderr
    assert r.returncode == 1
    assert r.stderr.strip() == f"{digest}:3: not valid UTF-8 (byte 0x92); save the digest as UTF-8"
    assert not list((tmp_path / "articles").glob("*.md"))
