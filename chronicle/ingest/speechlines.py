"""A speech's, a statement's or an interview's attribution line under its title ('Keynote speech by
A Name, Member of the Board, at the Finance Summit', 'Introductory statement by …', 'Interview with
…', 'Rede von …', 'Discours de …'): who spoke, as a byline says who wrote; no headline and no text."""
from __future__ import annotations

import re

_BY = re.compile(r"^(?:(?:keynote|welcome|opening|closing|introductory|dinner|video|written) )?(?:speech|remarks|address|"
                 r"statement|lecture|presentation|interview|testimony|rede|grußwort|discours|intervention|discurso|"
                 r"intervento) (?:by|with|von|mit|de|del|di) (?-i:[A-ZÀ-Ý])", re.I)


def by(text: str) -> bool:
    return bool(_BY.match(text))
