"""German capitalises every noun, so a capital there proves less than in other languages: which
runs of capitalised German words are names (entities.find asks)."""
from __future__ import annotations

import re

from . import commonwords


def is_name(phrase: str, words: list[str], title: str, text: str, count: int, in_title: bool) -> bool:
    """A single word must be in the title and the text (and not short), and no everyday noun; a
    longer run must be in the title as a whole or named twice."""
    if phrase.isupper():
        return True
    if len(words) == 1:
        return in_title and phrase in text and len(phrase) >= 5 and not everyday_noun(phrase, f"{title}\n{text}")
    return phrase in title or count >= 2


# what comes before a German common noun and before no name: an article, a determiner or a
# possessive ('ihr Ergebnis'), a preposition fused with an article, or a number ('die Kosten',
# 'im Bezirk', '30 Praxen'); not the particle of 'von der Leyen'
_DETERMINER = (r"(?<![\w-])(?<!von )(?<!van )(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine"
               r"|keinen|keinem|keiner|im|am|zum|zur|vom|beim|ins|ans|diese|dieser|diesen|diesem|dieses|jede|jeder"
               r"|jeden|jedem|jedes|alle|allen|viele|vielen|mehr|ihr|ihre|ihren|ihrem|ihrer|ihres|sein|seine|seinen|seinem"
               r"|seiner|seines|unser|unsere|unseren|unserem|unserer|\d[\d.,]*)\s+")


# an adjective between the article and the noun ('im ersten Quartal', 'den dritthöchsten Verlust'):
# lower case, as German writes adjectives
_ADJECTIVE = r"(?:[a-zäöüß][\w-]*\s+)?"


def everyday_noun(word: str, text: str) -> bool:
    """A word German uses every day ('Kosten', 'Behörde', 'Nacht'), put after an article or a
    number (an adjective between them or not): a noun, capitalised as German capitalises every noun. 'Merkel' and 'Halle' are as
    common but never follow an article; a rare compound ('Schuldenpaket') names the story's
    subject and stays."""
    return commonwords.is_common(word, "de") and re.search(_DETERMINER + _ADJECTIVE + re.escape(word) + r"(?![\w-])",
                                                           text) is not None


def particle(t: str, before: str) -> bool:
    """In German a connector joins two nouns in any sentence ('Kosten für Netzausbau', 'Sanierung
    der Brücke'); only a name's particle joins a name ('Ursula von der Leyen')."""
    low = t.lower()
    return low in ("von", "van") or low in ("der", "den") and before.lower() in ("von", "van")
