"""A newsletter's paid and house blocks, which read like items: a sponsor's headline marked as such
('Tool: the ledger you need (Sponsor)', '… (Anzeige)', '… [Sponsorisé]'), a headline opening with the
name of the sponsor the issue is 'together with' / 'presented by' / 'präsentiert von', a block under a
'Sponsored' / 'Anzeige' / 'Publicité' heading, and the house's own promotions (referrals: 'Tell your
friends', 'Empfehlen Sie uns weiter', 'Parrainez un ami'; advertising in the newsletter: 'Want to
advertise in …?', 'Werben Sie bei uns', 'Annoncez dans …'; sign-ups: 'Newsletter: get the day's
news every morning', 'Recevez notre newsletter'; 'Follow us on …', 'Folgt uns auf …'; the sign-off:
'That's all for tonight', 'Das war's für heute', 'C'est tout pour aujourd'hui'). Each is page furniture (reported), never
an item, in English, German, French, Spanish, Italian and Dutch."""
from __future__ import annotations

import re

from ..hints import words_hint
from ..lines import Line

_TAGS = (r"sponsor(?:ed)?|paid(?: post| content)?|promoted|partner(?: content)?|ad(?:vertisement)?|anzeige|werbung|"
         r"gesponsert|sponsorisé|publicité|partenaire|contenu sponsorisé|patrocinado|publicidad|contenido patrocinado|"
         r"sponsorizzato|pubblicità|contenuto sponsorizzato|gesponsord|advertentie|partnerbijdrage")
# a headline tagged as paid: '… (Sponsor)', '… [Anzeige]', '… — Sponsored'
_TAGGED = re.compile(r"(?i)(?:\((?:" + _TAGS + r")\)|\[(?:" + _TAGS + r")\]|\s[—–|-]\s*(?:" + _TAGS + r"))\s*$")
_TAGGED_LEAD = re.compile(r"(?i)^\W*(?:" + _TAGS + r")\s*[·•|:–—]\s*\S")   # ('Sponsored · Join the summit …')
# 'sponsored by', 'sponsorisé par' closing a line: the sponsor's logo after it was not copied
_CREDIT = (r"(?:sponsored|presented|brought to you|gesponsert|präsentiert|sponsorisé|présenté|patrocinado|presentado|"
           r"sponsorizzato|presentato) (?:by|von|par|por|da)\W*")
_CREDIT_LINE = re.compile(r"(?i)^\W*" + _CREDIT + r"$")
# a heading over a paid block: 'Sponsored', 'Sponsor posts', 'From our sponsor', 'Anzeige', 'Publicité'
_HEADING = re.compile(r"(?i)^\W*(?:(?:" + _TAGS + r")(?: posts?| links?| messages?)?|(?:a word )?from our (?:sponsors?|partners?)|"
                      r"unsere? (?:sponsor|partner)(?:en)?|nos partenaires|nuestros patrocinadores|i nostri sponsor|"
                      r"onze (?:sponsors|partners))\W*(?:" + _CREDIT + r")?$")
# 'Together with Heliox', 'Presented by X', 'Präsentiert von X', 'En partenariat avec X': the sponsor
_SPONSOR = re.compile(r"(?i)^\W*(?:together with|presented by|brought to you by|sponsored by|in partnership with|"
                      r"präsentiert von|gesponsert von|unterstützt von|in zusammenarbeit mit|mit freundlicher unterstützung von|"
                      r"présenté par|sponsorisé par|en partenariat avec|avec le soutien de|presentado por|patrocinado por|"
                      r"en colaboración con|con el apoyo de|presentato da|sponsorizzato da|in collaborazione con|con il supporto di|"
                      r"mogelijk gemaakt door|gesponsord door|in samenwerking met|gepresenteerd door)\s+(?P<name>\S.{0,40}?)\W*$")
# the house's promotions: referrals and sharing, advertising in the newsletter ('Love X?' and the
# sign-off open the line: _HOUSE_OPEN); looked for only in a line with one of _HINTS (lowercased)
_HINTS = ("refer", "friend", "follow", "folg", "suivez", "síguenos", "seguici", "volg ons", "newsletter", "advertis",
          "empfehl", "freunde", "werb", "parrain", "recommand", "partagez", "publicit", "annonc", "recomienda", "amigos",
          "comparte", "anúnci", "anunci", "amic", "consiglia", "condividi", "pubblicit", "vriend", "nieuwsbrief", "adverte")
_HINT = words_hint(_HINTS)   # (one scan of a line for all of them: it runs on every line)
_HOUSE = re.compile(
    r"(?i)\b(?:referral|refer (?:a )?friends?|tell (?:your|a) friends?|forward (?:this |it )?to (?:a )?friends?|invite (?:your )?friends|"
    r"follow us|folgt uns|folgen sie uns|suivez-nous|síguenos|seguici|volg ons|"
    r"share (?:this|the|our) newsletter|(?:want|like) to advertise|advertise (?:with|in) (?:us|our)|advertising opportunities|"
    r"empfehlen sie uns|weiterempfehlen|freunde (?:werben|einladen)|werben sie (?:bei|in|mit)|werbung (?:bei|in) uns|"
    r"parrain(?:ez|age)|recommandez-nous|partagez (?:cette|notre) (?:newsletter|lettre)|faites de la publicité|annoncez (?:dans|chez|avec)|"
    r"recomienda (?:esta|nuestra)|invita a tus amigos|comparte (?:esta|nuestra) newsletter|anúnciate|quieres anunciarte|"
    r"invita (?:un|i tuoi) amic[oi]|consiglia (?:questa|la nostra) newsletter|condividi (?:questa|la nostra) newsletter|"
    r"pubblicizza(?:re)? (?:la tua|il tuo|con noi|su)|fai pubblicità|"
    r"tip (?:een|je) vriend|deel (?:deze|onze) nieuwsbrief|adverteren (?:in|bij|met)|wilt u adverteren|wil je adverteren)\b")
_HOUSE_OPEN = re.compile(
    r"(?i)^(?:that['’]s (?:all|it|the news) for (?:today|tonight|this week|this hour|now)|das war['’]?s (?:für heute|für diese woche)|das waren (?:die|unsere) nachrichten|"
    r"c['’]est tout pour (?:aujourd['’]hui|ce soir|cette semaine)|eso es todo (?:por hoy|por esta semana)|"
    r"(?:è|e) tutto per (?:oggi|stasera|questa settimana)|dat was het voor (?:vandaag|vanavond|deze week))\b"
    r"|^(?:love|enjoy(?:ing)?|like) [^?]{1,40}\?|^(?:gefällt (?:ihnen|dir)|vous aimez|tu aimes|¿te gusta|ti piace|vind je) [^?]{1,40}\?")
# a sign-up for the site's newsletter: its name and an invitation ('Newsletter Brest : recevez l'essentiel …')
_LETTER_HINTS = ("newsletter", "nieuwsbrief", "boletín", "infolettre", "lettre d", "briefing", "digest", "inbox", "postfach",
                 "boîte", "bandeja", "correo", "casella", "email")
_LETTER_HINT = words_hint(_LETTER_HINTS)
_LETTER = re.compile(r"(?i)\b(?:newsletter|nieuwsbrief|boletín|infolettre|lettre d['’]information|briefing|digest|"
                     r"in (?:your|deinem|ihrem|je) (?:inbox|postfach)|dans votre boîte|en tu (?:bandeja|correo)|nella tua (?:casella|email))\b")
_SIGN_UP = re.compile(r"(?i)\b(?:sign[- ]?up|subscribe|get (?:it|our|the)|receive|delivered|erhalten|abonnieren|bestellen|anmelden|"
                      r"recevez|abonnez|inscrivez|suscríbete|recibe|apúntate|iscriviti|ricevi|ontvang|abonneer|meld je aan|schrijf je in)\b")
_PROSE = ("prose", "head")


def mark(ls: list[Line]) -> int:
    """Mark the paid and house blocks as furniture, in place; how many lines were marked."""
    named = [m["name"].strip() for l in ls if len(l.text) <= 80 and (m := _SPONSOR.match(l.text))]
    before = [l.kind for l in ls]
    for i, l in enumerate(ls):
        if l.kind in ("furn", "head") and len(l.text) <= 40 and _HEADING.match(l.text):
            _under(ls, i)   # 'Anzeige' / 'Treppenlift ab 0 € …': the label over the advertisement's lines
        if l.kind not in _PROSE or len(l.text) > 200:
            continue
        t = l.text
        if _paid(t) or any(t.startswith(n) for n in named if len(n) >= 3):
            _item(ls, i)   # the paid item: its headline and its text, up to the next headline
        elif l.kind == "head" and _HEADING.match(t) or _house(t):
            # a promotion's headline ('Enjoying X? Refer a friend!') and its text, as an item's
            if l.kind == "head":
                _item(ls, i)
            _block(ls, i)
    return sum(1 for l, k in zip(ls, before) if l.kind != k)


def _item(ls: list[Line], i: int) -> None:
    """Line i and the paragraphs after it, up to the next line that is no paragraph (a headline)."""
    for k in range(i, len(ls)):
        if k > i and (ls[k].kind != "prose" or ls[k].section or ls[k].marker):
            break
        ls[k].kind = "furn"


def _block(ls: list[Line], i: int) -> None:
    """Line i and the lines under it in its block (no blank line between them)."""
    hi = i
    while hi + 1 < len(ls) and ls[hi + 1].gap == 0 and ls[hi + 1].no == ls[hi].no + 1:
        hi += 1
    for l in ls[i:hi + 1]:
        l.kind = "furn"


def credit(text: str) -> bool:
    """'sponsored by', 'sponsorisé par' alone: a sponsor's credit whose logo was not copied (no line the
    next one continues)."""
    return len(text) <= 40 and bool(_CREDIT_LINE.match(text.strip()))


def _under(ls: list[Line], i: int) -> None:
    """The lines right under line i, to the next blank line (a line the page wrapped counts as one):
    three at most, only text, a blank line (or the page's end) closing them (on a page without blank
    lines, 'Publicidad' is over an ad of its own lines only, not over the rest of the page)."""
    j = next((k for k in range(i + 1, len(ls)) if ls[k].gap), len(ls))
    alone = j == i + 2 and ls[i + 1].kind == "head"   # (one headline-like line and a blank: the ad's, its event's date in it)
    if j - i - 1 > 3 or any(l.kind not in _PROSE or l.dates and not alone for l in ls[i + 1:j]):
        return   # (an item with its date or section line under the label is the page's next item: the ad was a picture)
    for l in ls[i + 1:j]:
        l.kind = "furn"


def _paid(text: str) -> bool:
    """'… (Sponsor)', '… [Anzeige]', '… — Sponsored' at its end (looked for there only), 'Sponsored · …' at its start."""
    return bool(_TAGGED.search(text, max(0, len(text) - 40))) or bool(_TAGGED_LEAD.match(text))


def _house(text: str) -> bool:
    """A promotion of the house's, a sign-off, or a sign-up for its newsletter."""
    if _HOUSE_OPEN.match(text):
        return True
    low = text.lower()
    if _HINT.search(low) and _HOUSE.search(text):
        return True
    return len(text) <= 120 and bool(_LETTER_HINT.search(low)) and bool(_LETTER.search(text)) and bool(_SIGN_UP.search(text))
