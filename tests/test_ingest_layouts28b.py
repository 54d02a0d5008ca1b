"""Layouts of held-out set 28 read in general (fit28b; pages written here, in other wordings,
outlets and languages): a professional network's home feed (LinkedIn) with pages' own posts and
members' shared link cards."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 5, 19)


def _read(text: str, day: dt.date = _DAY):
    return [(s.title, s.date, s.source) for s in read_page(text, day).stories]


_FEED_EN = ("Home   My Network   Jobs   Messaging   Notifications   Me ▾\n\n"
            "Start a post\n"
            "Media   Event   Write article\n\n"
            "Sort by: Top ▾\n\n"
            "Feed post\n"
            "Priya Shah likes this\n"
            "The Economic Times\n"
            "4,812,330 followers\n"
            "5h • 🌐\n"
            "Coal India raises output target as summer power demand climbs\n"
            "The state miner wants to dispatch 900 million tonnes this year after peak demand touched a record in the first week of May.\n"
            "…more\n"
            "👍❤️ 1,204 · 88 comments · 31 reposts\n"
            "Like   Comment   Repost   Send\n\n"
            "Feed post\n"
            "Arjun Mehta • 2nd\n"
            "Grid planner | Renewables\n"
            "2d • Edited • 🌐\n"
            "Worth reading for anyone tracking storage tenders. #energy #storage\n"
            "Tender for 4 GWh of battery storage draws record bids from developers\n"
            "mercomindia.com • 3 min read\n"
            "👍 57 · 9 comments\n"
            "Like   Comment   Repost   Send\n\n"
            "Promoted\n"
            "Executive course in power markets – apply now\n"
            "Learn more\n\n"
            "Feed post\n"
            "Neha Rao • 3rd+\n"
            "Policy analyst\n"
            "3d • 🌐\n"
            "Great panel yesterday on rooftop solar. Thanks to everyone who came!\n"
            "👍 40 · 3 comments\n"
            "Like   Comment   Repost   Send\n")


def test_feed_pages_posts_and_members_cards():
    got = _read(_FEED_EN)
    assert got == [("Coal India raises output target as summer power demand climbs", dt.date(2026, 5, 19), "The Economic Times"),
                   ("Tender for 4 GWh of battery storage draws record bids from developers", dt.date(2026, 5, 17), "mercomindia.com")]


_FEED_DE = ("Startseite   Mein Netzwerk   Jobs   Nachrichten   Mitteilungen\n\n"
            "Beitrag beginnen\n\n"
            "Feedbeitrag\n"
            "Handelsblatt\n"
            "1.102.455 Follower:innen\n"
            "3 Std. • 🌐\n"
            "Netzbetreiber verlangen schnellere Genehmigungen für Umspannwerke\n"
            "Ohne neue Umspannwerke könnten Tausende Wärmepumpen und Ladepunkte nicht angeschlossen werden, warnt der Verband.\n"
            "…mehr\n"
            "👍 310 · 25 Kommentare\n"
            "Gefällt mir   Kommentieren   Reposten   Senden\n\n"
            "Feedbeitrag\n"
            "Jonas Berg • 2.\n"
            "Energiewirtschaftler\n"
            "4 T. • Bearbeitet • 🌐\n"
            "Spannende Zahlen zum Ausbau.\n"
            "Solarzubau im April so hoch wie nie zuvor in einem Frühlingsmonat\n"
            "pv-magazine.de\n"
            "👍 12\n"
            "Gefällt mir   Kommentieren   Reposten   Senden\n\n"
            "Feedbeitrag\n"
            "Lena Vogt • 1.\n"
            "Redakteurin\n"
            "2 Wo. • 🌐\n"
            "Neue Speicherpreise: die Kosten fallen weiter\n"
            "energate-messenger.de\n"
            "👍 8\n")


def test_feed_in_german_and_an_age_in_weeks_names_no_day():
    got = _read(_FEED_DE)
    assert got == [("Netzbetreiber verlangen schnellere Genehmigungen für Umspannwerke", dt.date(2026, 5, 19), "Handelsblatt"),
                   ("Solarzubau im April so hoch wie nie zuvor in einem Frühlingsmonat", dt.date(2026, 5, 15), "pv-magazine.de"),
                   ("Neue Speicherpreise: die Kosten fallen weiter", None, "energate-messenger.de")]
