"""A read-more link, on a line of its own or ending a teaser ('… Read more »', 'Weiterlesen',
'Leggi →'), in the languages the importer reads: the line it ends is a teaser, cut there."""
from __future__ import annotations

import re

from .hints import words_hint

_READ_MORE = (r"read more|read the full (?:story|article)|continue reading|keep reading|full story|more »|"
              r"weiterlesen|mehr lesen|mehr dazu|zur nachricht|zur meldung|zum (?:text|artikel|beitrag)(?: von [^.]{2,40})?|"
              r"lire la suite|lire l['’]article|leer más|seguir leyendo|leggi (?:tutto|anche|di più)|continua a leggere|"
              r"lees (?:meer|verder)|verder lezen|watch the (?:report|video)|voir (?:le reportage|la vidéo)|ver (?:el reportaje|el vídeo)|"
              r"external link|report an error|view (?:the )?article|go to (?:the )?article|zum video|"
              r"leia mais|ler mais|saiba mais|continue lendo|continuar lendo|"
              # a bare 'read' is a read-more link only with its arrow ('Leggi →'; 'le nuove leggi' are laws; not '»': '… jamais »')
              r"read\s*[→›>]|leggi\s*[→›>]|lire\s*[→›>]|leer\s*[→›>]|lees\s*[→›>]|leia\s*[→›>]|lesen\s*[→›>]|mehr\s*[→›>]|más\s*[→›>]|meer\s*[→›>]")
READ_MORE_LINE = re.compile(r"(?i)^\s*(?:" + _READ_MORE + r")\s*[.…»›>:↗→]*\s*$")   # ('Lire l'article ↗': a link's arrow)
READ_MORE_TAIL = re.compile(r"(?i)(?<=\S)\s*(?:…|\.\.\.)?\s*(?:" + _READ_MORE + r")\s*[.…»›>→↗]*\s*$")
# A word in every phrase of _READ_MORE, or its arrow (tests/test_ingest_prefilters.py): a line without any is spared READ_MORE_TAIL
READ_MORE_WORDS = ("more", "full", "continu", "keep", "weiter", "mehr", "zur ", "zum ", "lire", "leer", "seguir", "leggi", "external", "report", "view", "go to",
                   "lees", "verder", "watch", "voir", "ver ", "video", "mais", "lendo", "→", "›", ">")
_READ_MORE_HINT = words_hint(READ_MORE_WORDS)   # (a prefix tree of the words: hints.py)
