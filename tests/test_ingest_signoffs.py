"""A newsletter's sign-off by its team ('Ihr Checkpoint-Team', 'L'équipe de …', 'La redazione') closes
the letter: it is no part of the last item's text. Letters written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_page import read_page


def _last_text(text: str) -> str:
    p = read_page(text, dt.date(2025, 5, 6))
    stories = p.stories or [p.read_item(i) for i in p.items]
    return "\n".join(stories[-1].paras)


@pytest.mark.parametrize("src", ["", "Quelle: Lokalblatt"])
@pytest.mark.parametrize("hello, items, bye, sign", [
    ("Guten Morgen,", [("Senat beschließt Mietenbremse", "Die Gesellschaften dürfen die Mieten kaum erhöhen."),
                       ("Ringbahn fällt am Wochenende aus", "Zwischen Westkreuz und Gesundbrunnen fahren Busse."),
                       ("Bezirke fordern Geld für Schulen", "Der Bedarf liegt bei 4,1 Milliarden Euro.")],
     "Das war's für heute. Bleiben Sie uns gewogen!", "Ihr Checkpoint-Team"),
    ("Bonjour,", [("Le conseil vote le budget", "Le budget augmente de 3 % cette année."),
                  ("La ligne de tram ouvre en juin", "Les essais commencent la semaine prochaine."),
                  ("Les écoles recrutent des surveillants", "Vingt postes sont ouverts.")],
     "C'est tout pour aujourd'hui. Bonne journée !", "L'équipe de La Lettre du Port"),
    ("Buongiorno,", [("Il consiglio approva il bilancio", "La spesa cresce del 3 per cento."),
                     ("Il tram apre a giugno", "Le prove iniziano la prossima settimana."),
                     ("Le scuole assumono bidelli", "Sono aperti venti posti.")],
     "È tutto per oggi. Buona giornata!", "La redazione"),
])
def test_the_teams_sign_off_is_no_part_of_the_last_item(hello, items, bye, sign, src):
    text = f"{hello}\n\n" + "\n\n".join(f"{n}. {h}\n{t} {src}" for n, (h, t) in enumerate(items, 1)) + f"\n\n{bye}\n{sign}\n"
    assert sign not in _last_text(text)


def test_a_morning_letters_team_sign_off_after_its_numbered_items():
    text = ("Checkpoint Berlin – Dienstag, 6. Mai 2025\n\nGuten Morgen,\n\n"
            "heute geht es um den neuen Senat, die Mieten und die S-Bahn.\n\n"
            "1. Senat beschließt Mietenbremse für landeseigene Wohnungen\nDie sechs landeseigenen Gesellschaften "
            "dürfen die Mieten bis 2028 nur um 2 Prozent im Jahr erhöhen. Quelle: Berliner Abendblatt\n\n"
            "2. S-Bahn: Ringbahn fällt am Wochenende aus\nWegen Bauarbeiten fahren zwischen Westkreuz und "
            "Gesundbrunnen Ersatzbusse. Quelle: rbb24\n\n"
            "3. Bezirke fordern mehr Geld für Schulsanierung\nDie zwölf Bezirke beziffern den Bedarf auf 4,1 "
            "Milliarden Euro. Quelle: Tagesspiegel\n\n"
            "Das war's für heute. Bleiben Sie uns gewogen!\nIhr Checkpoint-Team\n")
    assert _last_text(text) == "Die zwölf Bezirke beziffern den Bedarf auf 4,1 Milliarden Euro."
