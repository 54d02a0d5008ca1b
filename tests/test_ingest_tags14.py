"""Tags, round 14 (issue 14): a country the story never names. On a national page most items name
no country: they name the country's statistics office, regulator, parties, head of government or
a sum in its small units instead ('Istat', 'Banxico', 'the FTC', 'FPÖ', 'Milei', '₹1,970
crore'), and a news desk files them under that country. One such name in the title or lead
places the story (data/seats.txt, tagcues.infer). Texts written for these tests."""
from __future__ import annotations

import pytest

from ingest_tagger import tags


@pytest.mark.parametrize("lang, title, text, country", [
    ("it", "Istat, la produzione industriale torna a crescere a marzo",
     "L'indice destagionalizzato sale dello 0,4 per cento rispetto a febbraio.", "italy"),
    ("it", "Farmaci, via libera dell'Aifa a un nuovo antibiotico",
     "Il medicinale sarà rimborsato per i pazienti ricoverati con infezioni resistenti.", "italy"),
    ("es", "Banxico mantiene la tasa de interés sin cambios",
     "La Junta de Gobierno votó por unanimidad y advirtió de la presión en los precios.", "mexico"),
    ("es", "Milei firma el decreto que cierra dos organismos públicos",
     "El Gobierno dice que el ahorro superará los 40.000 millones de pesos al año.", "argentina"),
    ("de", "Umfrage: FPÖ legt weiter zu, ÖVP verliert",
     "Die Freiheitlichen kommen in der neuen Erhebung auf 34 Prozent.", "austria"),
    ("de", "Teuerung sinkt im Oktober auf 2,1 Prozent",
     "Das teilte das Statistische Bundesamt am Donnerstag nach einer ersten Schätzung mit.", "germany"),
    ("nl", "Kiesraad keurt kandidatenlijsten goed",
     "Voor de verkiezingen in maart doen 26 partijen mee, twee meer dan vorige keer.", "netherlands"),
    ("fr", "EDF relève l'estimation du coût de ses six futurs réacteurs",
     "L'électricien table désormais sur un chantier plus long que prévu.", "france"),
    ("en", "Rupee ends 8 paise weaker as oil prices climb",
     "Traders said importers bought dollars through the session.", "india"),
    ("en", "Telecom firms to pay ₹4,200 crore in pending licence fees",
     "The operators were given six weeks to settle the dues.", "india"),
    ("en", "FTC sues ticket reseller over hidden fees",
     "The agency says buyers were shown one price and charged another at checkout.", "united-states"),
    ("en", "Carney names new finance minister in cabinet shuffle",
     "The prime minister kept most of his senior team in place.", "canada"),
    ("en", "Housing levy collections beat target for the third month",
     "County governments were the slowest to remit the deductions, officials said.", "kenya"),
    ("en", "Coral bleaching spreads along the Great Barrier Reef",
     "Aerial surveys found bleaching on two thirds of the reefs checked this month.", "australia"),
])
def test_a_national_institution_or_leader_places_the_story(lang, title, text, country):
    got = tags(lang, title, text)
    assert country in got, got


@pytest.mark.parametrize("lang, title, text, wrong", [
    # a seat's short name that is a word or another name where it is read: only the full name counts
    ("it", "Turisti in crescita sul lago di Garda",
     "Garda e Sirmione registrano un aumento delle presenze del 9 per cento.", "ireland"),
    ("it", "Il governo albanese firma l'accordo sui porti",
     "Albanese e italiano saranno le lingue dei documenti di gara.", "australia"),
    ("it", "Modi e tempi della riforma delle pensioni",
     "Il ministro illustrerà i modi e i tempi del passaggio al nuovo sistema.", "india"),
    ("it", "Il CdA di una banca approva il piano industriale",
     "Il consiglio di amministrazione ha approvato il piano con il voto di tutti i consiglieri.", "netherlands"),
])
def test_a_word_or_a_namesake_places_no_story(lang, title, text, wrong):
    got = tags(lang, title, text)
    assert wrong not in got, got


def test_a_seat_named_late_in_a_long_story_places_nothing():
    # one name, late in the body, is a passing mention (the rule seats already followed)
    body = ("Der Verband der Zulieferer rechnet mit weiteren Stellenstreichungen in der Branche. " * 8
            + "Am Rande äußerte sich auch die AfD.")
    got = tags("de", "Zulieferer erwarten schwaches Jahr", body)
    assert "germany" not in got, got


@pytest.mark.parametrize("lang, title, text, topic", [
    # Dutch writes its election words as one ('raadsverkiezingen', 'verkiezingsprogramma'),
    # which no rule splits; a postal vote is voting in four languages
    ("nl", "Gemeenten zoeken extra stembureauleden", "Vooral in de grote steden melden zich te weinig vrijwilligers.",
     "elections"),
    ("nl", "Partijen presenteren hun verkiezingsprogramma", "De meeste partijen willen de bouw versnellen.",
     "elections"),
    ("de", "Einigung auf Wahlrechtsreform für die Bezirke", "Die Koalition hat sich auf neue Regeln geeinigt.",
     "elections"),
    ("de", "Briefwahl soll früher ausgezählt werden", "Das Innenministerium legt dazu einen Entwurf vor.", "voting"),
    ("fr", "Le vote par correspondance fait son retour", "Le gouvernement propose de le rétablir.", "voting"),
    ("es", "Récord de solicitudes de voto por correo", "Correos ha recibido más de un millón de peticiones.", "voting"),
])
def test_an_election_named_by_its_common_words(lang, title, text, topic):
    got = tags(lang, title, text)
    assert topic in got, got
