"""Cover blocks: the 'Key:   value' lines a clipping service, a media monitor or a database prints
above each item ('Source: The Guardian {Main}', 'Date: …', 'Page: 14', 'Circulation: …';
'Quelle:', 'Datum:', 'Seite:'; 'Fonte:', 'Data:', 'Pagina:'). A run of three key lines or more
whose keys come back in another run is an item's cover: its source key names the item's outlet
(without an edition in braces or brackets), its date key is the item's date line, every other key
line is furniture. Runs of key lines above the first cover (the report's own header: client,
report date, period) are furniture too. The lines keep their place, so the evidence reader sees
date line, outlet line, headline, text, as in a clipping archive."""
from __future__ import annotations

import re

from ..lines import Line
from ..outletnames import looks_like_name
from ..outlets import is_known

_KEY = re.compile(r"^(?P<key>[^\W\d_][\w.'’ /-]{0,24}?)\s*:(?:\s+(?P<value>\S.*?))?\s*$")
_SOURCE = frozenset("source quelle fonte fuente bron publication publikation publicación pubblicazione testata "
                    "media média medium medio outlet zeitung journal newspaper titre periódico giornale".split())
_DATE = frozenset("date datum fecha data date de parution erscheinungsdatum fecha de publicación data di pubblicazione "
                  "publication date published veröffentlicht".split())
# a cover's headline and subject keys: 'Title: …' is the item's headline, 'Tema: Prezzi' its label
_TITLE = frozenset("title titel titre titolo título titulo headline schlagzeile überschrift kop kopregel manchete".split())
_LABEL = frozenset("topic subject thema tema thème sujet onderwerp assunto rubrik rubrique rubrica section category".split())
_EDITION = re.compile(r"\s*[{(\[][^{}()\[\]]{0,40}[})\]]\s*$")   # 'The Guardian {Main}', 'Le Monde (Paris)'
_LEAST, _SHARED = 3, 3   # key lines in a cover; keys it shares with another


def mark(ls: list[Line]) -> int:
    """Mark the cover blocks' lines in place (outlet, date or furniture); the number of covers."""
    runs = _runs(ls)
    keys = [{_key(ls[i].text) for i in run} for run in runs]
    covers = [run for n, run in enumerate(runs)
              if any(m != n and len(keys[n] & keys[m]) >= _SHARED for m in range(len(runs)))]
    if len(covers) < 2:
        return 0
    for run in runs:
        if run[0] < covers[0][0] or run in covers:
            for i in run:
                _mark(ls[i], run in covers)
        if run in covers:
            _title_first(ls, run)
    _repeated_keys(ls, len(covers))
    return len(covers)


def _title_first(ls: list[Line], run: list[int]) -> None:
    """A cover with a headline key opens its item with that headline: the headline moves to the run's
    first place (taking its blank lines), so the cover's outlet and label lines are read inside the item."""
    heads = [i for i in run if ls[i].kind == "head"]
    if heads and heads[0] != run[0]:
        head = ls.pop(heads[0])
        head.gap, ls[run[0]].gap = ls[run[0]].gap, 0
        ls.insert(run[0], head)


def _repeated_keys(ls: list[Line], covers: int) -> None:
    """A key line printed the same under every item ('Leggi da:   PC/Tablet    SmartPhone', 'Read on: Web
    App') is the page's action line, not a headline."""
    seen: dict[str, list[Line]] = {}
    for l in ls:
        if l.kind in ("head", "prose") and ":" in l.text[:27] and len(l.text) <= 80 and _KEY.match(l.text):
            seen.setdefault(" ".join(l.text.split()).lower(), []).append(l)
    for same in seen.values():
        if len(same) >= max(3, covers - 1):
            for l in same:
                l.kind = "furn"


def _runs(ls: list[Line]) -> list[list[int]]:
    """Index runs of key lines on consecutive lines of the file, three or more long."""
    out, run = [], []
    for i, l in enumerate(ls):
        key = ":" in l.text[:27] and len(l.text) <= 200 and bool(_KEY.match(l.text))
        if key and (run and ls[run[-1]].no == l.no - 1 or not run):
            run.append(i)
            continue
        if len(run) >= _LEAST:
            out.append(run)
        run = [i] if key else []
    if len(run) >= _LEAST:
        out.append(run)
    return out


def _key(text: str) -> str:
    return _KEY.match(text)["key"].strip().lower()


def _mark(line: Line, cover: bool) -> None:
    key, value = _key(line.text), (_KEY.match(line.text)["value"] or "")
    name = _EDITION.sub("", value).strip()
    if cover and key in _SOURCE and name and (is_known(name) or looks_like_name(name)):
        line.kind, line.outlet, line.dates = "outlet", name, []
    elif cover and key in _DATE and line.dates:
        line.kind = "date"
    elif cover and key in _TITLE and value:
        line.text, line.kind, line.dates = value, "head", []
    elif cover and key in _LABEL and value:
        line.kind, line.labels, line.dates = "labels", [value], []
    else:
        line.kind, line.dates = "furn", []
