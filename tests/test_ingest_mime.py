"""Newsletters saved as e-mail files (.eml): read through their MIME parts, as a reader sees them.
Raw, a quoted-printable newsletter gave articles titled 'Content-Transfer-Encoding: quoted-printable',
headlines cut at soft line breaks and base64 blocks as bodies."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.config import load_config
from chronicle.ingest import ingest_files
from chronicle.ingest.mime import unwrapped
from chronicle.source import frontmatter

ROOT = Path(__file__).resolve().parent.parent
FIX = Path(__file__).parent / "fixtures" / "ingest_mime"


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "config.yaml")


def _articles(folder: Path) -> dict[str, dict]:
    out = {}
    for p in folder.glob("*.md"):
        yaml_text, line, body, _ = frontmatter.split(p.read_text(encoding="utf-8"), str(p))
        fields, errors = frontmatter.parse_fields(yaml_text, line, str(p))
        assert not errors
        out[fields["title"]] = dict(fields, body=body)
    return out


def test_a_quoted_printable_newsletter_gives_its_items_whole(tmp_path, config):
    report = ingest_files([FIX / "briefing_qp.eml"], tmp_path, config)
    assert not report.errors
    got = _articles(tmp_path)
    assert sorted(got) == ["Chile’s copper output rises as new mine comes online",
                           "EU gas storage falls below 40 percent for the first time since 2022",
                           "Rotterdam dock workers end nine-day strike"]
    gas = got["EU gas storage falls below 40 percent for the first time since 2022"]
    assert gas["source"] == "Reuters" and str(gas["date"]) == "2025-03-04"
    assert "lowest level at this point" in gas["body"] and "=" not in gas["body"]
    assert got["Chile’s copper output rises as new mine comes online"]["source"] == "Bloomberg"
    for art in got.values():   # no MIME, header or footer text in any article
        assert not any(w in art["body"] for w in ("Content-Type", "boundary", "Unsubscribe", "PGh0bWw"))


def test_an_html_only_base64_newsletter_in_german_is_read_as_its_blocks(tmp_path, config):
    report = ingest_files([FIX / "morgen_html_base64.eml"], tmp_path, config)
    assert not report.errors
    got = _articles(tmp_path)
    assert sorted(got) == ["Bundesnetzagentur warnt vor knappen Gasspeichern",
                           "Hafenarbeiter in Hamburg legen Arbeit nieder"]
    strike = got["Hafenarbeiter in Hamburg legen Arbeit nieder"]
    assert strike["source"] == "Der Spiegel" and str(strike["date"]) == "2025-03-04"
    assert "Warnstreik" in strike["body"] and "color:red" not in strike["body"]


def test_header_like_digests_that_are_not_mime_are_left_to_the_line_readers():
    fields = "Title: Port strike ends\nLink: https://example.org/a\nSource: AP\n\nDock workers went back.\n"
    forward = "From: Anna\nSubject: Fwd: today's news\n\nPort strike ends after nine days\n"
    assert unwrapped(fields) is None and unwrapped(forward) is None


@pytest.mark.parametrize("text", [
    "MIME-Version: 1.0\nContent-Type: multipart/mixed\n\nno boundary given\n",
    "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"x\"\n\n--x\nContent-Type: image/png\n\n\x01\n--x--\n",
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=klingon-8\nContent-Transfer-Encoding: base64\n\n!!!notbase64\n",
    "MIME-Version: 1.0\nSubject: =?UTF-8?B?broken?=\nDate: Tue, 99 Foo 2025 99:99:99\nContent-Type: text/plain\n\nA line.\n",
    "Subject: x\n" * 500 + "MIME-Version: 1.0\n\nbody\n",
])
def test_malformed_messages_never_raise(text):
    out = unwrapped(text)
    assert out is None or isinstance(out, str)


def test_a_malformed_message_still_imports_its_text_or_says_why(tmp_path, config):
    eml = tmp_path / "odd.eml"
    eml.write_text("MIME-Version: 1.0\nSubject: =?UTF-8?B?broken?=\nDate: yesterday-ish\n"
                   "Content-Type: text/plain; charset=klingon-8\n\nWorkers at the port of Antwerp ended a strike on "
                   "Monday after two weeks, their union said, with a new contract signed by both sides.\n")
    report = ingest_files([eml], tmp_path / "out", config)
    written = list((tmp_path / "out").glob("*.md"))
    assert written or report.errors
    assert all("Antwerp" in p.read_text(encoding="utf-8") for p in written)
