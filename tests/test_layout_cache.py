"""Compiled layouts are kept in the process's memory between builds (render/environment.py):
a layout edited between two builds in one process (the preview) renders as edited, one left
alone is not compiled again, and nothing of it is written to disk."""
from __future__ import annotations

import shutil

from chronicle.render import environment
from conftest import ROOT


def test_an_edited_layout_is_compiled_again_and_an_unchanged_one_is_not(tmp_path, monkeypatch):
    layouts = tmp_path / "layouts"
    shutil.copytree(ROOT / "layouts", layouts)
    page = layouts / "partials" / "probe.html"
    page.write_text("first {{ n }}")
    assert environment.make_environment(layouts).get_template("partials/probe.html").render(n=1) == "first 1"
    compiled = []
    real = environment.jinja2.Environment.compile

    def counted(self, source, *args, **kwargs):
        compiled.append(source)
        return real(self, source, *args, **kwargs)
    monkeypatch.setattr(environment.jinja2.Environment, "compile", counted)
    assert environment.make_environment(layouts).get_template("partials/probe.html").render(n=2) == "first 2"
    assert compiled == []                                   # the same text: taken from memory
    page.write_text("second {{ n }}")
    assert environment.make_environment(layouts).get_template("partials/probe.html").render(n=3) == "second 3"
    assert compiled == ["second {{ n }}"]                    # edited: compiled again
    assert sorted(p.name for p in tmp_path.iterdir()) == ["layouts"]
