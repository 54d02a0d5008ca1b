"""The Jinja environment every layout is rendered in, pages and outputs alike (layouts/outputs/:
feeds, sitemap, robots.txt, service worker).

Autoescaped, except the plain-text and JavaScript outputs (layouts/outputs/*.txt, *.js: robots.txt
and the service worker, whose data are URLs or go through `tojson`); a .js or .txt layout
included from a page stays escaped. StrictUndefined, so a misspelt name is an error with its
line. Compiled layouts are kept in this process's memory only (`_CompiledLayouts`), never on
disk: they are code, and nothing read from .site.cache may run.

Sandboxed (`jinja2.sandbox.SandboxedEnvironment`): a layout is a site's file, maybe a theme
copied from anywhere, and in a plain environment `{{ cycler.__init__.__globals__.os }}` reaches
Python's os module from any page. The sandbox refuses attributes starting with `_` and the
internals of functions and frames; what layouts read (fields of frozen dataclasses, dicts,
filters) is unchanged. `{% include %}` names are relative to layouts/ and `..` is refused by the
loader; a link inside layouts/ to a file outside is refused too (`_InsideLoader`).
"""
from __future__ import annotations

import types
from pathlib import Path

import jinja2
import jinja2.sandbox

from .. import urls
from ..dates import atom_stamp, format_date, iso_date, month_label
from . import limits
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


class _CompiledLayouts(jinja2.BytecodeCache):
    """Jinja's bytecode cache API over a dict in memory. Each build makes a new environment, and
    compiling the layouts anew cost about 0.14 s a build: `serve` pays it on every rebuild, a
    process that builds again (the preview, tests) no longer does. A layout is keyed by its name
    and file, and its compiled code is used only while the layout's text is the same (Jinja
    checks a checksum of the source); every environment that shares it is made below, alike."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledLayouts()


class _InsideLoader(jinja2.FileSystemLoader):
    """Layouts from one folder, never from a file a link in it leads to outside it (a theme's
    `partials/x.html -> /etc/passwd` would have been printed into a page)."""

    def get_source(self, environment: jinja2.Environment, template: str):
        source, filename, uptodate = super().get_source(environment, template)
        root = Path(self.searchpath[0]).resolve()
        if not Path(filename).resolve().is_relative_to(root):
            raise jinja2.TemplateNotFound(f"{template} (a link to a file outside the layouts folder)")
        return source, filename, uptodate


# The types whose attributes jinja2.sandbox.is_internal_attribute judges one by one (functions,
# methods, classes, code, frames, tracebacks, generators, coroutines); for every other object it
# refuses only names starting with '__', which `_` covers.
_INTERNAL_KINDS = (types.FunctionType, types.MethodType, type, types.CodeType, types.TracebackType,
                   types.FrameType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)


class _Sandbox(jinja2.sandbox.SandboxedEnvironment):
    """The sandbox, with its documented hook `is_safe_attribute` answering at once for the objects
    layouts read (dataclasses, dicts, strings): the same verdicts, without the checks of every
    kind of internal object on each of the 100,000 attribute reads of a 500-article build, which
    made the render stage 15-25 % slower."""

    _plain: dict[type, bool] = {}

    # what a layout may spend on a page (render/limits.py): its calls and range() numbers are
    # counted, and what `*`, `+`, `%`, `**` would make is measured before they make it
    intercepted_binops = frozenset({"*", "+", "%", "**"})

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.steps = limits.Steps()
        self.globals["range"] = self._range
        self.globals["namespace"] = limits.Namespace
        limits.bounded_filters(self.filters)

    def begin_page(self) -> None:
        self.steps = limits.Steps()

    def _range(self, *args: int) -> range:
        numbers = jinja2.sandbox.safe_range(*args)
        self.steps.spend(len(numbers))
        return numbers

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's signature)
        __self.steps.spend(limits.CALL_STEPS)
        limits.call(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context, operator: str, left, right):
        limits.binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj, attr: str, value) -> bool:
        kind = type(obj)
        plain = self._plain.get(kind)
        if plain is None:
            plain = self._plain[kind] = not issubclass(kind, _INTERNAL_KINDS)
        if plain:
            return not attr.startswith("_")
        return super().is_safe_attribute(obj, attr, value)


def make_environment(layouts: Path) -> jinja2.Environment:
    env = _Sandbox(
        bytecode_cache=_COMPILED,
        loader=_InsideLoader(str(layouts)),
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
