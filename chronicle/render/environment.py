"""The Jinja environment every layout is rendered in, pages and outputs alike (layouts/outputs/:
feeds, sitemap, robots.txt, service worker).

Autoescaped, except the plain-text and JavaScript outputs (layouts/outputs/*.txt, *.js: robots.txt
and the service worker, whose data are URLs or go through `tojson`); a .js or .txt layout
included from a page stays escaped. StrictUndefined, so a misspelt name is an error with its
line. No bytecode cache: compiled layouts are code, and nothing read from .site.cache may run.
"""
from __future__ import annotations

from pathlib import Path

import jinja2

from .. import urls
from ..dates import atom_stamp, format_date, iso_date, month_label
from .charts import MONTH_ABBR


# What the layouts' `tojson` passes to json.dumps; outputs that edit a rendered file's JSON in
# place (the service worker's shell, on the quick path) write it with the same arguments.
JSON_DUMPS_KWARGS = {"sort_keys": True, "separators": (",", ":")}


@jinja2.pass_context
def _relative(context: jinja2.runtime.Context, path: str) -> str:
    """A link from the page being rendered to `path`, as short as it can be: `x.html` between
    two article pages, where `root ~ path` says `../articles/x.html` (issue 13)."""
    return urls.relative(context["page_path"], path)


@jinja2.pass_context
def _absolute(context: jinja2.runtime.Context, path: str) -> str:
    """A page's absolute URL (feeds, sitemap, robots.txt, canonical links)."""
    return urls.absolute(context["site"].absolute_root, path)


def _escaped(name: str | None) -> bool:
    return not (name and name.startswith("outputs/") and name.endswith((".txt", ".js")))


def make_environment(layouts: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(layouts)),
        auto_reload=False,    # layouts do not change during a build; checking costs a stat per page
        autoescape=_escaped,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["datefmt"] = format_date
    env.filters["isodate"] = iso_date
    env.filters["atomdate"] = atom_stamp
    env.filters["absolute"] = _absolute
    env.filters["rel"] = _relative
    # JSON without spaces after separators (JSON-LD in every article's head); keys sorted, so
    # the bytes do not depend on how a dict was built
    env.policies["json.dumps_kwargs"] = dict(JSON_DUMPS_KWARGS)
    env.filters["plural"] = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
    env.globals["month_label"] = month_label
    env.globals["MONTH_ABBR"] = MONTH_ABBR
    return env
