"""A letter's salutation and its closing, each alone on its line, as member bulletins, newsletters
and circulars print them in the languages read here:

- **the salutation** ('Guten Morgen,', 'Estimado asociado:', 'Dear member,', 'Chère adhérente,',
  'Sehr geehrte Damen und Herren,', 'Buongiorno!'): a greeting, or a form of address and up to
  four words, closed by a comma, a colon or '!'. It opens the letter's intro (newsletter.Letter),
  wherever the masthead leaves it (a newsletter's greeting is looked for in the first lines only);
- **the closing** ('Atentamente,', 'Mit freundlichen Grüßen', 'Yours sincerely,', 'Ihre Redaktion',
  'Votre rédaction', 'El equipo'): the letter's end; the block under it (its signature, the sender's
  address, the unsubscribe line) is the letter's too, no item.

Asked of lines of 50 characters at most."""
from __future__ import annotations

import re

_GREETINGS = (r"good (?:morning|afternoon|evening)|hello|hi|hey|guten (?:morgen|tag|abend)|hallo|moin|servus|grüezi|"
              r"bonjour|bonsoir|salut|buenos días|buenas(?: tardes| noches)?|hola|buongiorno|buonasera|ciao|"
              r"bom dia|boa tarde|olá|goedemorgen|goedemiddag|hallo allemaal")
_ADDRESS = (r"dear|liebe[rs]?|sehr geehrte[rs]?|hallo|cher|chère|chers|chères|madame|monsieur|estimad[oa]s?|"
            r"querid[oa]s?|apreciad[oa]s?|señor(?:a|es)?|car[oa]|cari|care|gentile|gentili|egregi[oa]|beste|geachte|"
            r"prezad[oa]s?|car[oa]s")
_SALUTE = re.compile(r"(?i)^(?:(?:" + _GREETINGS + r")(?:\s+\S+){0,3}|(?:" + _ADDRESS + r")(?:\s+\S+){1,4})\s*[,:!]$")
_CLOSE = re.compile(
    r"(?i)^(?:atentamente|saludos cordiales|un cordial saludo|cordialmente|sincerely|yours (?:sincerely|faithfully|truly)|"
    r"(?:kind|best|warm) (?:regards|wishes)|mit freundlichen grüßen|freundliche grüße|herzliche grüße|hochachtungsvoll|"
    r"cordialement|bien cordialement|salutations distinguées|distinti saluti|cordiali saluti|"
    r"met vriendelijke groet(?:en)?|atenciosamente|cordiais saudações|"
    r"(?:ihre?|eure?|euer|your|votre|vos|su|sus|vostr[oa]|la vostra|uw|jullie)\s+(?:redaktion|team|editors?|"
    r"rédaction|équipe|redacción|equipo|redazione|redactie|secretariat|sekretariat|secrétariat|secretaría|geschäftsstelle)|"
    r"(?:el|la|l['’]|das|the|het|o|a)\s*(?:equipo|redacción|secretaría|équipe|rédaction|team|redaktion|redactie|redazione|equipe))"
    r"\s*[,.!]?$")
_LONGEST = 50


def salutation(text: str) -> bool:
    """The line is a salutation alone ('Estimado asociado:', 'Guten Morgen,')."""
    return len(text) <= _LONGEST and text[-1:] in ",:!" and bool(_SALUTE.match(text))


def closing(text: str) -> bool:
    """The line is a letter's closing alone ('Atentamente,', 'Ihre Redaktion')."""
    return len(text) <= _LONGEST and bool(_CLOSE.match(text))
