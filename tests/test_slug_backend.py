"""Slugs are file names, so they must not depend on what else is installed: python-slugify's
'auto' backend prefers the Unidecode package when present, which transliterates differently
from text-unidecode (the one Chronicle depends on)."""
import sys
import types

from chronicle.source import slugs


def test_slugs_ignore_an_installed_unidecode(monkeypatch):
    before = slugs.tag_slug.__wrapped__("Đoàn in Łódź")
    fake = types.ModuleType("unidecode")
    fake.unidecode = lambda text: "other machine"
    monkeypatch.setitem(sys.modules, "unidecode", fake)
    assert slugs.tag_slug.__wrapped__("Đoàn in Łódź") == before == "doan-in-lodz"
    assert slugs.file_slug.__wrapped__("Đoàn in Łódź") == "doan-in-lodz"
