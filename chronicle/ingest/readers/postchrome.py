"""A newsletter post's web view around its text (Substack, Ghost, Beehiiv, Medium): the row of
counts or buttons, each a pictogram and a number or a word ('♡ 84   💬 12   ↗ Share', '♡ Like   💬
Comment   ↻ Restack', '👏 1.2K   💬 14'); the sign-up field with its button ('Type your email…
Subscribe', 'Enter your email   Sign up', 'Votre adresse e-mail   Je m'inscris', 'Ihre
E-Mail-Adresse   Abonnieren'); the writer's first name signing off under the closing lines ('– Pat');
the heading of the comments under the post ('Discussion about this post', 'Join the discussion',
'Kommentare zu diesem Beitrag'), after which nothing is an item. All page furniture (reported):
read as headlines, each had become an item of one line."""
from __future__ import annotations

import re

from ..lines import Line

# one field: pictograms, then a number ('84', '1.2K') or a word or two ('Like', 'Me gusta')
_FIELD = re.compile(r"^[^\w\s]{1,3}\s?(?:\d[\d.,]*[KkMm]?|[^\W\d][\w'’-]{1,15}(?: [^\W\d][\w'’-]{1,15})?)$")
_EMAIL = re.compile(r"(?i)^(?:type|enter|your|votre|ihre|deine|tu|su|la tua|uw|seu|o seu)?\s?(?:your\s|votre\s)?"
                    r"(?:e-?mail(?:\s(?:address|adres|adresse))?|adresse e-?mail|e-mail-adresse|correo(?: electrónico)?|"
                    r"indirizzo e-?mail|endereço de e-?mail)(?:…|\.{3})?\s{2,}\S.{0,30}$")
_SIGN_OFF = re.compile(r"^[—–-]\s?[A-ZÀ-Ý][a-zà-ÿ'’-]{1,15}$")
_COMMENTS = re.compile(r"(?i)^(?:discussion about this (?:post|article|story)|join the (?:discussion|conversation)|"
                       r"(?:kommentare|diskussion) zu diesem (?:beitrag|artikel)|commentaires sur cet article|"
                       r"comentarios sobre este artículo|commenti a questo articolo|reacties op dit artikel)$")


def buttons(text: str) -> bool:
    """Three or more fields apart by two spaces or more, each a pictogram with a number or a word."""
    fields = text.split("   ") if "   " in text else []
    return len(fields) >= 3 and all(_FIELD.match(f.strip()) for f in fields if f.strip())


def mark(ls: list[Line]) -> None:
    end = 0.6 * len(ls)
    for k, l in enumerate(ls):
        if l.kind != "head" or len(l.text) > 60:
            continue
        if buttons(l.text) or _EMAIL.match(l.text) or k > end and k and ls[k - 1].kind == "furn" and _SIGN_OFF.match(l.text):
            l.kind = "furn"
        elif k > end and _COMMENTS.match(l.text):
            for rest in ls[k:]:
                rest.kind = "furn"
            return
