"""A one-article-a-line list's own field separator, when it is none of the usual ones (records.DELIMS):
any mark set off by spaces that (nearly) every line holds the same number of times, twice or more
('13/05/25 ~ Outlet ~ Headline', 'Outlet ¦ date ¦ headline', '12.05. • Quelle • Titel', '5/18 » Outlet » Headline'). Twice:
one mark between spaces is a headline's own ('Rates: a cut / a pause'); the same count on most lines
is a list's columns, not its words."""
from __future__ import annotations

import re
from collections import Counter

# a mark between spaces: no letter, digit, quote, bracket or sentence punctuation (those belong to
# the text), no hyphen (a headline's dash typed on a keyboard: 'Rates - what next - explained'), and
# none of records.DELIMS (their own rules: a bar or a dash on fewer lines is a headline's)
_MARK = re.compile(r"(?<= )([^\w\s\"'“”‘’„«‹()\[\]{}<>.,!?¡¿:;%&+*#@$€£|–—-])(?= )")
_CLOSES = {"»": "«", "›": "‹"}   # a closing guillemet is a separator only on a line without its opening one


def shared_separator(lines: list[str]) -> str | None:
    """The separator (the mark with its spaces, ' ~ ') the list's lines share, or None: on 80% of
    the lines, or all but one (a short list under the page's title)."""
    if len(lines) < 2:
        return None
    counts: dict[str, Counter] = {}
    for line in lines:
        for mark, n in Counter(m for m in _MARK.findall(line) if _CLOSES.get(m, "\0") not in line).items():
            counts.setdefault(mark, Counter())[n] += 1
    for mark, per_line in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        n, many = per_line.most_common(1)[0]
        if n >= 2 and many >= max(2, min(0.8 * len(lines), len(lines) - 1)):
            return f" {mark} "
    return None
