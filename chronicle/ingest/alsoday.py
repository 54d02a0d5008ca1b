"""A section heading over a column's further items that says they are of the same day: 'Also
today', 'Auch heute', "Aujourd'hui aussi", 'También hoy', 'Anche oggi', 'Ook vandaag', 'Hoje
também', 'Ainda hoje', 'Außerdem heute', 'Elsewhere today'. The day word there is the column's
day (the page's own, printed or not), not the day the page was saved: the heading dates no item
(3309's 'Also today' had dated its bullets with the capture day). Asked by `when._relative` only
for a line that holds a day word, a short one."""
from __future__ import annotations

import re

from .datescan import alternation

_ALSO = ("also", "auch", "aussi", "también", "tambien", "anche", "ook", "também", "tambem",
         "ainda", "außerdem", "ausserdem", "elsewhere")   # ('Ainda hoje', 'Außerdem heute', 'Elsewhere today')
_DAYS = ("today", "heute", "aujourd'hui", "aujourd’hui", "hoy", "oggi", "vandaag", "hoje")
_ALSO_RX, _DAY_RX = alternation(_ALSO), alternation(_DAYS)
_HEADING = re.compile(r"(?i)^[\W_]*(?:(?:" + _ALSO_RX + r")\s+(?:" + _DAY_RX + r")|(?:" + _DAY_RX + r")\s+(?:"
                      + _ALSO_RX + r"))[\s:.…–—-]*$")


def also_heading(text: str) -> bool:
    """'Also today', 'AUCH HEUTE:', "Aujourd'hui aussi" alone on a line (≤ 30 characters)."""
    return len(text) <= 30 and _HEADING.match(text) is not None
