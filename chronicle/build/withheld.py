"""Rendering with bodies withheld: what lets an edit to one article's body rebuild in constant time.

A layout may show any field of any article it is given. The full build renders every page from
the index with the bodies of all articles withheld, and gives each article page back its own
body only as a stand-in (`OwnBody`):
- a withheld body refuses every use (printing, testing, measuring, comparing), so a layout that
  reads one fails, and that page is rendered again with real bodies: the page is "needy";
- the stand-in may only be put into the page as it is (`{{ article.body_html|safe }}`); it
  leaves a mark where it goes, and the real page is the rendered text with the body put in at
  those marks, whose byte offsets are kept ("holes"). Any other use of it, or a mark that is
  cut, copied, escaped or captured in a variable block, and the page is rendered again with
  its real body, with no holes.
When no page is needy, a change to one article's body (its other fields as before) changes no
other page, and its own page is the old bytes with the new body put into the holes: that is the
quick path of `build` (chronicle/quick.py). One case is not caught: a layout that measures the
`|safe` copy of the body (its length, say) and prints it once as well.
"""
from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping

import jinja2

from ..index.collect import replace_articles
from ..model import Article, OutputFile, Page, SiteIndex
from .holes import join_with_body
from ..render.plan import page_context, render_page

HOLE = "\x00<chronicle-body>\x00"     # escaping changes it, so an escaped copy is not taken for it
_MARKUPSAFE = os.path.join("markupsafe", "__init__.py")
_marking = False                       # a page is being rendered with an OwnBody: captures are checked


class BodyWithheld(Exception):
    """A layout used a body the page was not given."""


def _refuse(self, *args: Any, **kwargs: Any):
    raise BodyWithheld("a layout used an article body in a way the quick path cannot follow")


_REFUSED = ("__repr__", "__format__", "__bool__", "__len__", "__iter__", "__reversed__", "__contains__",
            "__getitem__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__add__",
            "__radd__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__int__", "__float__", "__index__",
            "__getattr__")   # __getattr__: every str method, and markupsafe's probes


def _refusing(cls):
    for name in _REFUSED:
        setattr(cls, name, _refuse)
    return cls


@_refusing
class Withheld:
    """Stands for a body the page must not need: every use raises BodyWithheld."""
    __slots__ = ()
    __str__ = _refuse

    @property  # so Jinja's `is string` answers as for the real body
    def __class__(self):
        return str

    def __reduce__(self) -> str:
        return "WITHHELD"


WITHHELD = Withheld()


@_refusing
class OwnBody:
    """Stands for the page's own body_html: it may become Markup (`|safe`), which prints HOLE."""
    __slots__ = ("uses",)

    def __init__(self) -> None:
        self.uses = 0

    @property
    def __class__(self):
        return str

    def __html__(self) -> "OwnBody":
        caller = sys._getframe(1).f_code
        if caller.co_name != "__new__" or not caller.co_filename.endswith(_MARKUPSAFE):
            _refuse(self)   # escaping it, as `{{ article.body_html }}` does, would print the HTML as text
        return self

    def __str__(self) -> str:
        self.uses += 1
        return HOLE


def withhold_body(article: Article) -> Article:
    return replace(article, body_html=WITHHELD, body_text=WITHHELD)


def withheld_index(index: SiteIndex) -> SiteIndex:
    return replace_articles(index, {a.page_path: withhold_body(a) for a in (*index.articles, *index.pages)})


def with_own_body(page: Page, own: Mapping[str, Article]) -> Page:
    """A page planned from the withheld index, given back its own article."""
    article = own.get(page.path)
    if article is None or "article" not in page.context:
        return page
    return Page(page.path, page.template, MappingProxyType({**page.context, "article": article}))


def _checked_concat(pieces) -> str:
    text = "".join(pieces)
    if _marking and "\x00" in text:
        _refuse(None)   # the body captured in a variable, macro or filter block could be changed there
    return text


def _render_with_holes(env: jinja2.Environment, page: Page, own: Article,
                       common: dict[str, Any]) -> tuple[OutputFile, tuple[tuple[int, int], ...]]:
    global _marking
    stand_in = OwnBody()
    context = page_context(replace(page, context={**page.context, "article": replace(own, body_html=stand_in, body_text=WITHHELD)}), common)
    _marking = True
    try:
        template = env.get_template(page.template)
        text = "".join(template.root_render_func(template.new_context(context)))   # as render() does
    finally:
        _marking = False
    if text.count(HOLE) != stand_in.uses or text.count("\x00") != 2 * stand_in.uses:
        _refuse(None)   # a mark was cut, copied or escaped
    data, holes = join_with_body([part.encode("utf-8") for part in text.split(HOLE)], own.body_html.encode("utf-8"))
    return OutputFile(page.path, data), holes


def blind_renderer(env: jinja2.Environment, layouts: Path, blind_common: dict[str, Any], common: dict[str, Any],
                   real_page: Callable[[Page], Page]) -> Callable[[Page], tuple[OutputFile, bool, tuple | None]]:
    """-> render(page) = (file, blind, holes). blind: no other article's body was needed; holes: where
    the page's own body is (None when its layout uses the body some other way). A layout that
    failed once with withheld bodies gets the real ones at once from then on."""
    env.concat = _checked_concat
    needy: set[str] = set()
    no_holes: set[str] = set()

    def render(page: Page) -> tuple[OutputFile, bool, tuple | None]:
        own = page.context.get("article")
        if page.template not in needy and page.template not in no_holes and isinstance(own, Article) and own.kind == "article":
            try:
                file, holes = _render_with_holes(env, page, own, blind_common)
                return file, True, holes
            except Exception:  # the body used another way, or a withheld body needed
                no_holes.add(page.template)
        if page.template not in needy:
            try:
                return render_page(env, page, blind_common, layouts), True, None
            except Exception:  # BodyWithheld, or whatever a withheld body made go wrong
                needy.add(page.template)
        return render_page(env, real_page(page), common, layouts), False, None
    return render

