"""A feed item's date is the day its stamp states, in the stamp's own time zone, whatever the
feed's format (ingest/formats.py): feedparser's parsed stamps are in UTC, so '23:30 -08:00' on the
3rd became the 4th from RSS and Atom while JSON Feed said the 3rd, and a stamp with no zone left
the item undated (the red-team review of stop 44)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from chronicle.config import load_config
from chronicle.ingest import ingest_files

ROOT = Path(__file__).resolve().parent.parent
STAMPS = [("Mon, 03 Mar 2025 23:30:00 -0800", "2025-03-03T23:30:00-08:00", dt.date(2025, 3, 3)),
          ("Tue, 04 Mar 2025 00:30:00 +1400", "2025-03-04T00:30:00+14:00", dt.date(2025, 3, 4)),
          ("Tue, 04 Mar 2025 23:59:59", "2025-03-04T23:59:59", dt.date(2025, 3, 4))]


def _date(tmp_path: Path, name: str, text: str) -> dt.date | None:
    tmp_path.mkdir()
    raw = tmp_path / name
    raw.write_text(text, encoding="utf-8")
    report = ingest_files([raw], tmp_path / "out", load_config(ROOT / "config.yaml"))
    assert report.errors == ()
    [article] = (tmp_path / "out").glob("*.md")
    return yaml.safe_load(article.read_text(encoding="utf-8").split("---\n")[1]).get("date")


@pytest.mark.parametrize("rfc, iso, day", STAMPS, ids=["west-of-utc", "east-of-utc", "no-zone"])
def test_rss_atom_and_json_feed_agree_on_the_stated_day(tmp_path, rfc, iso, day):
    item = ("<title>Assembly passes the budget after a long debate</title><link>https://example.org/a</link>"
            "{stamp}<description>The assembly passed the budget late at night after a long debate on taxes."
            "</description>")
    rss = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
           f'{item.format(stamp=f"<pubDate>{rfc}</pubDate>")}</item></channel></rss>')
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
            f'<id>x</id><updated>{iso}</updated><entry><title>Assembly passes the budget after a long debate</title>'
            f'<id>a</id><link href="https://example.org/a"/><updated>{iso}</updated><summary>The assembly passed the '
            'budget late at night after a long debate on taxes.</summary></entry></feed>')
    json_feed = ('{"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": [{"id": "a", '
                 '"title": "Assembly passes the budget after a long debate", "url": "https://example.org/a", '
                 f'"date_published": "{iso}", "content_text": "The assembly passed the budget late at night after a '
                 'long debate on taxes."}]}')
    got = [_date(tmp_path / kind, f"wire.{kind}", text) for kind, text in (("rss", rss), ("atom", atom), ("json", json_feed))]
    assert got == [day, day, day]


def test_an_atom_title_of_type_html_is_its_text(tmp_path):
    """(the red-team review of stop 44: '<b>Storm</b> hits …' kept its tags as letters of the title)"""
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
            '<id>x</id><updated>2025-03-04T00:00:00Z</updated><entry><title type="html">&lt;b&gt;Storm&lt;/b&gt; hits '
            'the northern coast</title><id>a</id><link href="https://example.org/a"/><updated>2025-03-04T08:00:00Z'
            '</updated><summary>The storm brought down power lines along the coast overnight.</summary></entry></feed>')
    raw = tmp_path / "wire.atom"
    raw.write_text(atom, encoding="utf-8")
    assert ingest_files([raw], tmp_path / "out", load_config(ROOT / "config.yaml")).errors == ()
    [article] = (tmp_path / "out").glob("*.md")
    assert yaml.safe_load(article.read_text(encoding="utf-8").split("---\n")[1])["title"] == "Storm hits the northern coast"
