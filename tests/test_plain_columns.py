"""The article cache's records are decoded a field at a time over a whole map
(build/plaindata._record_map): the same values as one record at a time, and a forged value in
any one record is refused as it is when a record is decoded alone (tests/test_cache_safety.py)."""
from __future__ import annotations

import dataclasses

import cbor2
import pytest

from chronicle.build import plaindata, statefile
from chronicle.build.reuse import ArticleEntry, Entries
from chronicle.model import Document
from test_cache_safety import _article


def _entries(n: int) -> dict[str, ArticleEntry]:
    out = {}
    for i in range(n):
        article = _article(slug=f"a{i}", date=None if i % 3 == 0 else _article().date, tags=("x", "y")[: i % 3],
                           tag_names=("X", "Y")[: i % 3], body_html=f"<p>{i}</p>", extra={"n": i} if i % 2 else {})
        fields = {f.name: getattr(article, f.name) for f in dataclasses.fields(Document) if hasattr(article, f.name)}
        doc = Document(**{**fields, "body": "b", "body_line": 4, "imported": None if i % 2 else article.date})
        out[f"a{i}.md"] = ArticleEntry((1, 2, 3, i), "salt", doc, article.summarized(), {"other": None} if i % 4 else {},
                                       f"f{i}" if i % 2 else "", "")
    return out


def _plain(value):   # as read from a file: through the bytes
    return statefile.parse(cbor2.dumps(plaindata.encode(Entries, value)))


@pytest.mark.parametrize("n", [0, 1, 7])
def test_a_map_of_records_reads_back_equal_and_as_one_record_at_a_time(n):
    entries = _entries(n)
    assert plaindata.decode(Entries, _plain(entries)) == entries
    one = plaindata.decoder(ArticleEntry)
    assert plaindata.decode(Entries, _plain(entries)) == {k: one(v) for k, v in _plain(entries).items()}


def test_a_forged_value_in_any_record_of_a_map_is_refused():
    good = _plain(_entries(5))
    # (entry field, article field or None, forged value): a bad date, a number for a string, a
    # string for a boolean, a list of the wrong length, a set, a tag; in the middle record
    forged = [(3, 4, "2024-13-01"), (3, 15, 7), (3, 13, "false"), (0, None, [1, 2, 3]), (3, 8, ["x", 1]),
              (2, None, {"x"}), (3, 3, cbor2.CBORTag(4242, "t")), (5, None, 1), (3, None, [1])]
    for entry_field, article_field, wrong in forged:
        bad = {k: list(v) for k, v in good.items()}
        record = bad["a2.md"]
        if article_field is None:
            record[entry_field] = wrong
        else:
            record[entry_field] = list(record[entry_field])
            record[entry_field][article_field] = wrong
        with pytest.raises(plaindata.StateError):
            plaindata.decode(Entries, statefile.parse(cbor2.dumps(bad)))
    with pytest.raises(plaindata.StateError):
        plaindata.decode(Entries, {"a.md": "not a record"})
