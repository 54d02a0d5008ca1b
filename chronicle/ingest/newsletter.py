"""The furniture of e-mail newsletters, alert digests and web pages around their items, in five
languages: sponsor blocks ('TOGETHER WITH X', 'A word from our partner'), the closing lines of a
letter ('See you Thursday,' / 'Maya', 'Un saludo,'), an intro's last line ("Let's dive in."),
an alert's buttons ('Flag as irrelevant', 'Markeer als irrelevant', 'See more results'), 'View online', a dialog's close
button ('Chiudi (ANSA)'), font-size buttons ('+T -T', 'A- A+') and copyright lines. Each is
reported as dropped furniture (lines.classify); a sponsor block is dropped to its end
(readers/pagelines.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .hints import words_hint
from .monthnames import WEEKDAYS
from .salutations import closing, salutation

_RIGHTS = (r".{0,40}(?:all rights reserved|riproduzione riservata|alle rechte vorbehalten|tous droits réservés|"
           r"(?:todos los )?derechos reservados|"
           # a clipping's licence line ('Material reproduced under licence from X. No further copies …')
           r"(?:material|content|article|text|item|clipping)s? (?:(?:is|are) )?(?:reproduced|reprinted) (?:under|with) "
           r"(?:licen[cs]e|permission)\b.{0,100}|nachdruck nur mit genehmigung|"
           r"reproduction (?:interdite|soumise à autorisation)|prohibida su reproducción|vietata la riproduzione)")
# what a copyright or rights line holds (the two patterns that look past a line's start are tried
# only on lines that hold one: classify asks of every line; literals, as a case-blind search is slower)
_RIGHTS_HINT = words_hint(("©", "eserv", "ESERV", "orbehalt", "ORBEHALT", "iservat", "ISERVAT", "eprint", "EPRINT", "eproduc",
                           "EPRODUC", "achdruck", "ACHDRUCK", "iproduzione", "IPRODUZIONE"))
BUTTONS = re.compile(
    r"(?i)^\s*(?:flag as irrelevant|als irrelevant (?:markieren|melden)|signaler comme non pertinent|marcar como irrelevante|"
    r"(?:markeer|markeren) als (?:irrelevant|niet relevant)|"
    r"segnala come non pertinente|(?:send |give )?feedback(?: senden| geben)?|envoyer (?:des )?commentaires|"
    r"enviar comentarios|invia (?:un )?feedback|"
    r"(?:see|view) (?:more|all) results(?: for this (?:alert|search))?|weitere ergebnisse(?: ansehen)?|alle ergebnisse(?: (?:ansehen|anzeigen))?|"
    r"voir (?:plus de|tous les) résultats(?: de cette alerte)?|ver (?:más|todos los) resultados|(?:visualizza|vedi) (?:altri|tutti i) risultati|"
    r"view (?:it |this )?online|(?:online|im browser) (?:ansehen|lesen|öffnen|anzeigen)|voir (?:la version )?en ligne|"
    r"ver (?:en línea|online|en el navegador)|visualizza (?:online|nel browser)|"
    r"(?:close|schließen|schliessen|fermer|cerrar|chiudi)(?:\s*\([^()]{1,30}\))?|"
    r"(?:back to (?:the )?(?:list|overview|all \w+.{0,30})|(?:zurück )?zur übersicht(?: aller .{2,40})?|"
    r"retour à la liste.{0,30}|volver al (?:listado|índice).{0,30}|torna all['’](?:elenco|indice).{0,30})|"
    r"(?:[+-]\s?[a-z]|[a-z]\s?[+-])(?:\s+(?:[+-]\s?[a-z]|[a-z]\s?[+-]))+|"
    r"(?:if you (?:no longer |don['’]t )?(?:want|wish) to receive|wenn sie (?:diese[n]? \w+ )?nicht mehr (?:erhalten|bekommen)|"
    r"si vous ne (?:souhaitez|voulez) plus recevoir|si no (?:quieres|deseas) (?:seguir )?recibir|"
    r"se non (?:vuoi|desideri) più ricevere|"
    # ('Si ce message ne s'affiche pas correctement, consultez-le en ligne', 'Vous recevez cet e-mail car …')
    r"(?:if )?this (?:e-?mail|message|newsletter) (?:does not|doesn['’]t) display (?:correctly|properly)|"
    r"si ce (?:message|courriel|mail|e-mail) ne s['’]affiche pas (?:correctement|bien)|"
    r"wenn diese (?:e-?mail|nachricht|newsletter) nicht (?:richtig|korrekt) angezeigt wird|"
    r"si (?:este|el) (?:correo|mensaje|email) no se (?:ve|visualiza|muestra) correctamente|"
    r"se (?:questa|la) (?:e-?mail|newsletter) non (?:viene )?visualizzata correttamente|"
    r"vous recevez (?:cet|ce) (?:e-?mail|message|courriel)|sie erhalten diese (?:e-?mail|nachricht|newsletter)|"
    r"(?:recibes|has recibido) este (?:correo|mensaje|email)|ricevi questa (?:e-?mail|newsletter))\b.{0,120}|"
    r"[^.!?©]{0,50}©.{0,60}|" + _RIGHTS + r".{0,60})"
    r"(?:\s*[|·]\s*.{0,60})?\s*[.:!…]*\s*$")
# A newsletter's greeting ('Good morning. Here is what you need to know'): its intro, not an item,
# when it opens the page (readers/pagelines.py)
GREETING = re.compile(r"(?i)^(?:good (?:morning|afternoon|evening)|hello|g['’]day|hi (?:all|everyone|there)|dear (?:readers?|subscribers?)|"
                      r"(?:hi|hey|dear) [^\W\d_][\w'’-]{1,20}(?=,\s*$)|"   # ('Hi Tunde,': an alert e-mail's greeting by the first name)
                      r"guten (?:morgen|tag|abend)|liebe leser(?:in(?:nen)?)?(?: und leser)?|hallo|bonjour|bonsoir|salut|"
                      r"chers lecteurs|chères lectrices|buenos días|buenas (?:tardes|noches)|hola|queridos lectores|"
                      r"buongiorno|buonasera|ciao|cari lettori|dear friends|liebe freunde|chers amis|chères amies|"
                      r"queridos amigos|cari amici)\b[^.!?]{0,40}[.!,:]")

# a greeting to a group, alone on its line ('Beste ouders en verzorgers,', 'Liebe Eltern,', 'Chers parents,',
# 'Dear parents and carers,', 'Queridas familias,', 'Cari genitori,', 'Dear members,'): a school's or a
# club's letter opens so, under its dates list or its agenda, further down than a newsletter's greeting
# (in the letter's first 40 lines)
GROUP_GREETING = re.compile(r"(?i)^(?:beste|lieve|liebe|chers|chères|dear|queridas?|queridos|estimadas?|estimados|cari|care|"
                            r"gentili|caros|caras|prezados|prezadas)\s+(?:ouders|eltern|parents|families|familles|familias|"
                            r"genitori|famiglie|pais|famílias|leden|mitglieder|membres|members|socios|soci|sócios|collega['’]s|"
                            r"kolleginnen|kollegen|colleagues|collègues|colegas|colleghi)\b[^.!?]{0,40}[,!]?\s*$")   # (Swiss letters print no comma)


def dated_greeting(text: str, date_end: int) -> bool:
    """A newsletter's title with its issue's date, the greeting glued after it on one line ('DIE
    LAGE am 5.3.2025 Liebe Leserin, lieber Leser,', 'Morning Brief, 5 March 2025 Dear readers,'):
    the date is the page's, as on a dateline of its own."""
    return date_end <= 80 and bool(GREETING.match(text[date_end:].lstrip(" ,:–—-|")))


# the last line of a newsletter's intro, before its items
INTRO_END = re.compile(
    r"(?i)^\s*(?:let['’]s (?:dive|jump|get) (?:in|started)|here['’]s what you need to know|los geht['’]s|c['’]est parti|"
    r"vamos (?:allá|al lío)|cominciamo|here are (?:the |your )?(?:newest|latest|new) (?:stories|articles|results)\b.{0,80})\b.{0,40}$")   # (an alert's)
# what opens its last words ('That's it for today. Hit reply …'): nothing after it is an item
OUTRO = re.compile(
    r"(?i)^\s*(?:that['’]s (?:it|all) for (?:today|this week|now)|das war(?:['’]?s| es) (?:für heute|für diese woche)|"
    r"c['’]est tout pour (?:aujourd['’]hui|cette semaine)|eso es todo(?: por hoy)?|per oggi è tutto|"
    r"thanks? (?:you )?for reading|merci (?:de votre lecture|d['’]avoir lu)|danke fürs lesen|gracias por leer|"
    r"grazie per (?:aver letto|la lettura))\b")
# a letter's closing line ('See you Thursday,', 'Un saludo,') and its postscript
SIGN = re.compile(
    r"(?i)^\s*(?:(?:see you|talk to you|catch you) (?:next \w+|tomorrow|soon|on \w+|\w+day)|bis (?:morgen|bald|nächste woche)|"
    r"à (?:demain|bientôt|la semaine prochaine)|hasta (?:mañana|pronto|la próxima)|a (?:domani|presto)|"
    r"(?:best|cheers|regards|best regards|kind regards|thanks|viele grü(?:ß|ss)e|beste grü(?:ß|ss)e|herzliche grü(?:ß|ss)e|herzlich|"
    r"mit freundlichen grü(?:ß|ss)en|freundliche grü(?:ß|ss)e|liebe grü(?:ß|ss)e|cordialement|bien à vous|amitiés|un saludo|saludos|un abrazo|"
    r"cordiali saluti|un saluto)|p\.\s?s\.?\s.{0,160}|"
    r"[—–-]\s*[^\W\d_][\w'’.-]+(?: [^\W\d_][\w'’.-]+){0,3},\s*(?:the )?(?:editor|editor-in-chief|redakteurin|redakteur|rédactrice|rédacteur|redactora?|redattrice|redattore)|"   # '— A Name, editor'

    r"(?:ihr|euer|dein|deine|your|the)\s+[\w'’.-]+(?:[- ][\w'’.-]+)?[- ](?:team|redaktion)|"   # 'Ihr Checkpoint-Team'
    r"(?:ihre?|eure?|euer|yours|votre|su|vostr[oa])\s+(?-i:[A-ZÄÖÜÀ-Ý][\w'’.-]+(?: [A-ZÄÖÜÀ-Ý][\w'’.-]+){1,2})|"   # 'Ihre Katrin Wendel' (a name)
    r"(?:die\s+)?redaktion\s+(?-i:[A-ZÄÖÜ][\w'’.-]*(?:\s+(?:&|und|[A-ZÄÖÜ][\w'’.-]*)){0,3})|"   # 'Redaktion Praxis & Politik'
    r"(?:l['’]équipe|la rédaction|el equipo|la redacción|la redazione|die redaktion|das team|the team)(?:\s+(?:de|du|d['’]|von|di|del|della|of)\s*.{1,30})?|(?:à|bis|hasta(?: el)?|a|until|see you(?: on)?)\s+(?:"
    + "|".join(w for w in WEEKDAYS if len(w) >= 5) + r")\s*,)\s*[.,!…]*\s*$")
# the heading of a sponsor's block: the block under it, to its end, is an advertisement
SPONSOR = re.compile(
    r"(?i)^\s*(?:[^\w\s]+\s*)?(?:together with|presented by|brought to you by|in partnership with|sponsored by|"
    r"a (?:word|message) from (?:our|this week['’]s|today['’]s) (?:partner|sponsor)s?|from our (?:partner|sponsor)s?|"
    r"(?:präsentiert|unterstützt) von|in zusammenarbeit mit|anzeige von|en partenariat avec|présenté par|"
    r"un mot de notre (?:partenaire|sponsor)|patrocinado por|en colaboración con|presentado por|"
    r"in collaborazione con|presentato da|sponsorizzato da)\b(?:\s+[^\s,;.!?]+){0,4}\s*:?\s*$")   # (a brand, no sentence)
_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+)?$")


# the four as one pattern (one call fails faster than four), without the copyright and rights
# alternatives, which BUTTONS tries only on lines that hold a hint of them
_ANY = re.compile("|".join(f"(?:{rx.pattern.removeprefix('(?i)')})" for rx in (
    re.compile(BUTTONS.pattern.replace(r"[^.!?©]{0,50}©.{0,60}|" + _RIGHTS + r".{0,60}", "(?!)")), SIGN, SPONSOR, INTRO_END)), re.I)


# a footer's row of links ('Forward to a friend | Update preferences | Unsubscribe', 'Privacy ∙ Terms'):
# short parts between bars or dots, one of them wholly a footer link
_LINK_ROW = re.compile(r"^ *[^|·∙•\s][^|·∙•]{1,40}(?:\s[|·∙•]\s[^|·∙•]{2,40}){1,6}$")   # (parts set apart by wide gaps too)
_FOOTER_LINK = re.compile(
    r"(?i)^(?:(?:update|manage|edit) (?:your )?(?:preferences|subscription|topics|alerts|notifications)|pause (?:alerts|notifications)|"
    r"open in (?:the )?app|unsubscribe|abbestellen|abmelden|"
    r"(?:se )?désabonner|désinscription|darse de baja|disiscriviti|privacy(?: policy)?|privacy and cookies|"
    r"terms(?: of (?:use|service))?|cookies?(?: policy| settings)?|impressum|datenschutz(?:erklärung)?|agb|"
    r"mentions légales|confidentialité|aviso legal|privacidad|política de privacidad|note legali|contact(?: us)?|"
    r"kontakt|help|hilfe|aide|ayuda|aiuto|feedback)$")


# a sponsor's line of its own, the label and the brand's blurb after a colon ('Unterstützt von: Brand –
# slogan. Jetzt wechseln.', 'Sponsored by: Brand, the …')
_SPONSOR_LINE = re.compile(r"(?i)^\W*(?:presented by|brought to you by|sponsored by|supported by|unterstützt von|präsentiert von|"
                           r"gesponsert von|présenté par|soutenu par|parrainé par|patrocinado por|presentado por|"
                           r"sponsorizzato da|presentato da|gesponsord door)\s*:\s+\S")


def furniture(text: str) -> bool:
    return len(text) <= 160 and bool(_ANY.match(text) or _RIGHTS_HINT.search(text) and BUTTONS.match(text)
                                     or ":" in text[:30] and _SPONSOR_LINE.match(text)
                                     or len(text) <= 40 and OUTRO.match(text)
                                     or ("|" in text or "·" in text or "∙" in text or "•" in text) and _link_row(text))


def _link_row(text: str) -> bool:
    return bool(_LINK_ROW.match(text)) and any(_FOOTER_LINK.match(p.strip()) for p in re.split(r"\s[|·∙•]\s", text)) \
        and all(len(p.strip()) <= 34 for p in re.split(r"\s[|·∙•]\s", text))


FORWARD = re.compile(
    r"(?i)^\s*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|"
    r"message transféré|message d['’]origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale)"
    r"\s*-*|begin forwarded message:?|anfang der weitergeleiteten nachricht:?|début du message (?:réexpédié|transféré)\s*:?|"
    r"inicio del mensaje reenviado:?|inizio messaggio inoltrato:?)\s*$")


# the rule a mail client draws over the forwarded message's headers ('____…' / 'From: …', as Outlook prints it)
_RULE = re.compile(r"^\s*_{10,}\s*$")
_SENDER = re.compile(r"(?i)^\s*(?:from|von|de|da|van|od|fra|från)\s*:\s*\S")


def forwarded(lines: list[str]) -> int:
    """The line number a forwarded message's marker stands on, when it is in the page's first
    third, or the rule over its headers, in its first half (a note from the sender above it is no
    item), else 0."""
    for k, line in enumerate(lines[:max(1, len(lines) // 2)]):
        if line.strip()[:1] in "-BAbDdIi" and FORWARD.match(line) and k < len(lines) // 3:
            return k + 1
        if line.strip()[:1] == "_" and _RULE.match(line) and _SENDER.match(next((l for l in lines[k + 1:k + 3] if l.strip()), "")):
            return k + 1
    return 0


def intro(lines: list[str], start: int) -> int:
    """After a greeting on line `start` (0-based): the index of the intro's last line ("Let's dive
    in.") when one comes within the next few lines; else the greeting's one paragraph when a
    headline follows it ('Buenos días:' / 'Estas son las noticias …' / 'Headline'); else `start`."""
    seen = 0
    for k in range(start + 1, min(len(lines), start + 16)):
        s = lines[k].strip()
        if s and INTRO_END.match(s):
            return k
        seen += bool(s)
        if seen > 6:
            break
    if _paragraph(lines[start]):
        return start   # the greeting opens a paragraph of its own ('Buongiorno! … Ecco cosa sapere.'): that is the intro
    block = [k for k in range(start + 1, min(len(lines), start + 8)) if lines[k].strip()][:2]
    if len(block) == 2 and block[1] > block[0] + 1 and _paragraph(lines[block[0]]) and _headline(lines[block[1]]):
        return block[0]
    if len(block) == 2 and _paragraph(lines[block[0]]) and closing(lines[block[1]].strip()):
        return block[1]   # ('Guten Morgen,' / paragraph / 'Ihre Redaktion': the intro signed)
    return start


def _paragraph(line: str) -> bool:
    s = line.strip()
    return len(s.split()) >= 8 and s[-1:] in ".!?…:"


def _headline(line: str) -> bool:
    s = line.strip()
    return 3 <= len(s.split()) <= 16 and s[-1:] not in ".!?…:,;"


def signature(prev: str, text: str) -> bool:
    """'Maya' under 'See you Thursday,' or 'See you next week!': the writer's name under a closing line."""
    role = _WITH_ROLE.match(text.strip())   # ('Rahel Brügger, Geschäftsstelle': the name and the writer's office)
    name = role["name"].strip() if role else text.strip()
    bare = len(prev.strip()) <= 25 and "," not in prev and not prev.lstrip()[:1] in "—–-" and not name.isupper()   # ('Herzlich')
    return (prev.rstrip()[-1:] in (",", "!") or bare) and bool(_NAME.match(name)) \
        and bool(SIGN.match(prev) or OUTRO.match(prev))   # (Swiss letters close 'Herzlich', 'Freundliche Grüsse' with no comma)


_WITH_ROLE = re.compile(r"^(?P<name>[^,]{2,40}),\s*[^\W\d][\w'’ .&/-]{1,40}$")


@dataclass
class Letter:
    """What a newsletter's or a forward's shape says of each line, down the page (readers/pagelines.py)."""
    lines: list[str]
    forward: int = 0   # the line a forwarded message's marker stands on (0: none)
    intro: int = 0     # the greeting's intro runs to this line
    promo: int = 0     # blocks of a sponsor's left
    top: int = 0       # where the message starts among the planned lines: its greeting is in its first ones
    close: int = 0     # a closing line ('Atentamente,') near the end: it and the block under it are the letter's

    @classmethod
    def of(cls, lines: list[str]) -> "Letter":
        return cls(lines, forwarded(lines))

    def blank(self, no: int, last: int) -> None:
        """A blank line: a sponsor's block that ran to the line above ends here."""
        if self.promo and last == no - 1:
            self.promo -= 1

    def furniture(self, no: int, s: str, out: list) -> bool:
        """The letter's own line: the sender's note above a forward, the greeting and its intro, a
        sponsor's block, the signature under a closing line, the last words."""
        if no <= self.forward:
            self.top = len(out) + 1
            return True
        if len(s) <= 90 and SPONSOR.match(s):
            # the heading's block and the block under it; right under the masthead (no blank line
            # above it: 'Daily Dive' / 'Sponsored by X'), the credit: its own block only
            self.promo = 1 if out and out[-1][0] == no - 1 else 2
        elif self.promo and out and out[-1][0] == no - 1 and out[-1][3]:
            self.promo = 1   # the sponsor's text right under its heading: its block ends the advertisement
        if len(out) - self.top < 6 and GREETING.match(s) or no <= 40 and (GROUP_GREETING.match(s) or salutation(s)):
            self.intro = intro(self.lines, no - 1) + 1
        if not self.close and no > 0.6 * len(self.lines) and closing(s):
            self.close = no   # (to the next blank line: the signature, address and unsubscribe line under it)
        closed = self.close and (no == self.close or out and out[-1][0] == no - 1 and out[-1][0] >= self.close)
        return bool(no <= self.intro or self.promo or closed or out and signature(out[-1][1], s)
                    or no > 0.6 * len(self.lines) and OUTRO.match(s) or out and postal(out[-1][1], s, self.lines, no))



# a sender's postal address ('Grid & Gas Weekly, 14 Old Street, London EC1V 9AA', 'Beispiel GmbH,
# Hauptstraße 5, 10115 Berlin', 'PO Box 1234, Manchester'): parts between commas, a number among them
_ADDRESS = re.compile(r"^[^,.!?:;]{2,50}(?:,\s*[^,!?:;]{2,50}){1,5}$")


def postal(prev: str, text: str, lines: list[str], no: int) -> bool:
    """A newsletter's postal address (line `no`) right under its footer's row of links ('… |
    Unsubscribe'), among the page's last lines: the sender's, no item (an e-mail must print one).
    (At most six lines below it: the test costs nothing on the other lines of a long page.)"""
    return len(lines) - no <= 6 and len(text) <= 140 and sum(1 for l in lines[no:] if l.strip()) <= 2 \
        and any(c.isdigit() for c in text) and _link_row(prev.strip()) and _ADDRESS.match(text) is not None
