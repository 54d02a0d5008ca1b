"""What a layout may spend on one page. A layout is a site's file (maybe a theme copied from
anywhere), and the sandbox alone let it run for ever or fill the memory: two nested
`range(100000)` loops (10^10 steps), a macro calling itself twice (2^n calls), `"x" * 3000000000`,
`"%0999999999d" % 1` or `"x"|center(2000000000)` (gigabytes in one C call, which no clock can stop).

So the counts are bounded, not the time: deterministic, the same verdict on any machine.
- steps: every number a `range()` hands out counts one, every call a layout makes (a macro, a
  method, a global) CALL_STEPS; a page may take MAX_STEPS, about 3 s of the costliest kind
  (the most any page of the fixture site or a 5,000-topic config takes: STEPS_SEEN);
- sizes: a string or list a layout makes (`*`, `+`, `%`, a filter, a method, a namespace
  value, an argument) holds at most MAX_ITEMS characters or items, and a width, padding or
  repeat count passed to a string method or filter is at most MAX_WIDTH, checked before the
  work is done; the page itself is at most MAX_PAGE characters (render_page).
Past a bound, TooCostly, which render_page reports with the layout's line and the page.
"""
from __future__ import annotations

import re
from typing import Any, Callable

import jinja2
import jinja2.nodes
import jinja2.runtime
import jinja2.utils

MAX_STEPS = 2_000_000
CALL_STEPS = 10   # a call (a macro's: 15 µs) weighs ten numbers of a range (a loop's turn: under 1 µs)
MAX_ITEMS = 20_000_000
MAX_WIDTH = 100_000
MAX_PAGE = 64_000_000


class TooCostly(Exception):
    """A layout went past one of the bounds above."""


class Steps:
    """The steps one page's rendering has left."""

    def __init__(self) -> None:
        self.left = MAX_STEPS

    def spend(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise TooCostly(f"more than {MAX_STEPS:,} steps (range() numbers, ten a call) for one page: a loop over "
                            "range() inside another, or a macro that calls itself more than once each time")


def sized(value: Any, what: str) -> Any:
    if isinstance(value, (str, list, tuple, dict)) and len(value) > MAX_ITEMS:
        raise TooCostly(f"{what} would hold {len(value):,} characters or items (at most {MAX_ITEMS:,})")
    return value


def _width(n: Any, what: str) -> None:
    if isinstance(n, int) and not isinstance(n, bool) and abs(n) > MAX_WIDTH:
        raise TooCostly(f"{what} is given the number {n:,} (at most {MAX_WIDTH:,} as a width or count)")


# a width or precision in a %-format or str.format field: `%0999999999d`, `{:>999999999}`
_FORMAT_NUMBER = re.compile(r"[0-9]{%d,}" % (len(str(MAX_WIDTH)) + 1))


def _format_string(text: str, args: Any, what: str) -> None:
    if _FORMAT_NUMBER.search(text):
        raise TooCostly(f"{what}: the format '{text[:40]}' holds a width or precision over {MAX_WIDTH:,}")
    values = list(args.values() if isinstance(args, dict) else args if isinstance(args, tuple) else (args,))
    if "*" in text or "{" in text:   # widths taken from the arguments (`%*d`, `{:{w}}`)
        for v in values:
            _width(v, what)
    # each field may print the longest argument: '{0}' * 1000 formatting a long text
    longest = max((len(v) for v in values if isinstance(v, (str, list, tuple, dict))), default=0)
    if longest and len(text) + (text.count("%") + text.count("{")) * longest > MAX_ITEMS:
        _too_big(what, len(text) + (text.count("%") + text.count("{")) * longest)


def binop(operator: str, left: Any, right: Any) -> None:
    """Before `left <operator> right` is computed."""
    if operator == "*":
        for seq, n in ((left, right), (right, left)):
            if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * max(n, 0) > MAX_ITEMS:
                raise TooCostly(f"'*' would make {len(seq) * n:,} characters or items (at most {MAX_ITEMS:,})")
    elif operator == "+":
        if isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)) \
                and len(left) + len(right) > MAX_ITEMS:
            _too_big("'+'", len(left) + len(right))
    elif operator == "%" and isinstance(left, str):
        _format_string(left, right, "'%'")
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        if abs(left) > 1 and right * abs(left).bit_length() > 64 * MAX_WIDTH:
            raise TooCostly(f"'**' would make a number of about {right * abs(left).bit_length():,} bits")


def _too_big(what: str, n: int) -> None:
    raise TooCostly(f"{what} would make {n:,} characters or items (at most {MAX_ITEMS:,})")


def call(obj: Any, args: tuple, kwargs: dict) -> None:
    """Before a layout calls `obj`: every argument's size, and the numbers given to a method of a
    string or list (`center`, `ljust`, `zfill`, `expandtabs`, `format`)."""
    for a in (*args, *kwargs.values()):
        sized(a, "an argument")
    owner = getattr(getattr(obj, "__wrapped__", obj), "__self__", None)
    if isinstance(owner, (str, list)):
        name = f"'{getattr(obj, '__name__', 'method')}'"
        for a in (*args, *kwargs.values()):
            _width(a, name)
        if isinstance(owner, str) and getattr(obj, "__name__", "") in ("format", "format_map"):
            _format_string(owner, (*args, *kwargs.values()), name)
        if getattr(obj, "__name__", "") == "replace" and len(args) >= 2 and isinstance(args[0], str):
            _replaced(owner, args[0], args[1], name)
        if getattr(obj, "__name__", "") == "join" and isinstance(owner, str) and args:
            _joined(args[0], owner, name)


def _joined(items: Any, sep: str, what: str) -> None:
    """Before `sep.join(items)` (or `items|join(sep)`): a long separator or item repeated."""
    if isinstance(items, (list, tuple)):
        total = sum(len(v) if isinstance(v, str) else 20 for v in items) + len(sep) * len(items)
        if total > MAX_ITEMS:
            _too_big(what, total)


def _replaced(text: str, old: str, new: Any, what: str) -> None:
    if isinstance(new, str) and len(new) > len(old):
        n = len(text) + (text.count(old) if old else len(text) + 1) * (len(new) - len(old))
        if n > MAX_ITEMS:
            _too_big(what, n)


# filters whose arguments say how big their result is, and what they are checked for first
def _checked_filter(name: str, fn: Callable) -> Callable:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        plain = [a for a in args if not isinstance(a, (jinja2.runtime.Context, jinja2.nodes.EvalContext,
                                                        jinja2.Environment))]
        value, rest = (plain[0], plain[1:]) if plain else (None, [])
        what = f"the filter '{name}'"
        for a in (*rest, *kwargs.values()):
            _width(a, what)
        if name == "format" and isinstance(value, str):
            _format_string(value, (*rest, *kwargs.values()), what)
        if name == "replace" and len(rest) >= 2 and isinstance(value, str) and isinstance(rest[0], str):
            _replaced(value, rest[0], rest[1], what)
        if name == "join":
            _joined(value, rest[0] if rest and isinstance(rest[0], str) else "", what)
        return sized(fn(*args, **kwargs), what)
    bounded.__dict__.update(fn.__dict__)   # keeps Jinja's pass_context / pass_eval_context marks
    return bounded


SIZED_FILTERS = ("center", "indent", "format", "replace", "wordwrap", "truncate", "tojson", "pprint", "batch",
                 "slice", "join", "urlize", "xmlattr")


def bounded_filters(filters: dict[str, Callable]) -> None:
    for name in SIZED_FILTERS:
        if name in filters:
            filters[name] = _checked_filter(name, filters[name])


class Namespace(jinja2.utils.Namespace):
    """`namespace()`, whose values are checked as they are set: `{% set ns.s = ns.s ~ ns.s %}` in a
    loop of 40 doubled a string past any memory (`~` is no operator the sandbox can intercept)."""

    def __setitem__(self, name: str, value: Any) -> None:
        super().__setitem__(name, sized(value, f"namespace value '{name}'"))
