"""What an article page prints under its last article, in the languages the importer reads besides
English (lines.TERMINAL and lines.SIDEBAR hold the English): a comment form's heading and a
back-to-top link end the page wherever they stand; a related-articles heading ends it in the page's
last 30% (higher up it is a sidebar list). Words, not patterns: each is matched as a whole line."""
from __future__ import annotations

import re

_COMMENT_FORM = ("deixe um comentário", "deixe seu comentário", "deixe uma resposta", "deja un comentario",
                 "deja una respuesta", "deja tu comentario", "laisser un commentaire", "laissez un commentaire",
                 "laisser une réponse", "lascia un commento", "lascia una risposta", "hinterlasse einen kommentar",
                 "schreibe einen kommentar", "kommentar schreiben", "laat een reactie achter", "geef een reactie")
_BACK_TO_TOP = ("voltar ao topo", "voltar para o topo", "volver arriba", "volver al inicio", "ir arriba",
                "retour en haut", "haut de page", "torna su", "torna all'inizio", "nach oben", "zurück nach oben",
                "terug naar boven", "naar boven")
_RELATED = ("artigos relacionados", "notícias relacionadas", "artículos relacionados", "noticias relacionadas",
            "articles liés", "articles connexes", "sur le même sujet", "articoli correlati", "notizie correlate",
            "ähnliche artikel", "verwandte artikel", "das könnte sie auch interessieren", "gerelateerde artikelen",
            "gerelateerd nieuws", "lees ook", "leia também")
# a blog's list of its most visited posts ('Popular Posts', WordPress widgets' default titles), in English too
_POPULAR = ("popular posts", "popular articles", "popular stories", "beliebte beiträge", "beliebteste beiträge",
            "beliebte artikel", "articles populaires", "articles les plus populaires", "entradas populares",
            "artículos populares", "articoli popolari", "post popolari", "populaire berichten", "populaire artikelen",
            "posts populares", "artigos populares")
# (not 'Mehr zum Thema', 'Plus sur ce sujet': live blogs print them inside an entry, over one link)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


TERMINAL = _alternation(_COMMENT_FORM + _BACK_TO_TOP)
RELATED = _alternation(_RELATED + _POPULAR)
