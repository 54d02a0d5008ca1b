"""A reader's note after an outlet's name on its own line ('La Presse (in French)', 'Le Monde
(paywall)', 'Der Spiegel (auf Englisch)', 'FT ($)'): what to expect behind the link, no part of the
name. Taken off before the line is looked up as an outlet; a headline keeps it."""
from __future__ import annotations

import re

_NOTE = re.compile(r"(?i)\s*[(\[](?:in (?:english|french|german|spanish|italian|dutch|portuguese)|"
                   r"en (?:anglais|français|allemand|espagnol|inglés|francés|alemán)|auf (?:englisch|französisch|deutsch)|"
                   r"paywall|paywalled|subscription|subscribers only|abo|abonnés|\$|€|£)[)\]]\s*$")


def bare(text: str) -> str:
    """The line without such a note at its end (as it is when it has none)."""
    return text[:_NOTE.search(text).start()] if text[-1:] in ")]" and _NOTE.search(text) else text
