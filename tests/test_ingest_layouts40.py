"""Layouts of held-out set 40 read in general (pages written here, in other wordings): a
chamber's session summary whose title names the session's day, its items undated."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

DAY = dt.date(2026, 12, 5)

_SESSION = """Zum Inhalt springen
Landtag Niedersachsen
Leichte Sprache   Gebärdensprache   English
Der Landtag   Plenum   Ausschüsse   Dokumente   Presse
Diese Website verwendet nur technisch notwendige Cookies. Mehr Informationen

Startseite › Plenum › Kompakt

Plenum kompakt
Die Beschlüsse der 42. Sitzung am 26. November 2026
Kurz und verständlich: die wichtigsten Themen der Plenarsitzung auf einen Blick.

TOP 4
Schulbau: Land gibt 300 Millionen Euro für Sanierungen frei
Der Landtag hat das Sanierungsprogramm für Schulgebäude beschlossen. Kommunen können Zuschüsse für Dächer, Heizungen und Toiletten beantragen.
Drucksache 19/812 · Beschluss: angenommen

TOP 9
Windkraft: Abstandsregeln für Wälder gelockert
Windräder dürfen künftig auch in Wirtschaftswäldern gebaut werden, wenn die Fläche zuvor von Stürmen oder Schädlingen zerstört wurde.
Drucksache 19/799 · Beschluss: angenommen

TOP 15
Krankenhäuser: Landtag fordert Hilfe des Bundes
Der Landtag fordert die Bundesregierung auf, die Betriebskosten kleiner Krankenhäuser auf dem Land bis zur Reform zu sichern.
Drucksache 19/820 · Beschluss: Entschließung gefasst

Stand: 26.11.2026
Nächste Plenarsitzung: 17. Dezember 2026
"""


def test_a_session_title_closing_on_its_day_dates_the_sessions_items():
    stories = read_page(_SESSION, DAY).read_all().stories
    decided = [s for s in stories if s.title.split(":")[0] in ("Schulbau", "Windkraft", "Krankenhäuser")]
    assert len(decided) == 3 and all(s.date == dt.date(2026, 11, 26) for s in decided), [(s.title, s.date) for s in stories]
