"""A mail digest: a mailing list's messages one after another, each under its own header block
('Date:', 'From:', 'Subject:', 'Message-ID:' …, as Mailman, Listserv, Google Groups or a mail
client's "save thread" print them; the keys in the languages mail clients use, 'Betreff:',
'Objet:', 'Asunto:', 'Oggetto:'). Each message is an item: its Subject the title (without the
list's '[tag]' and a wrapped line's indent), its Date header the date (the day as the header
writes it, in its own time zone), its text the body up to the signature ('-- '), a closing
'Source: X' line its outlet. The digest's own header block at the top with what follows it (the
list's boilerplate, the table of contents), replies ('Re: …': a question or comment on another
message, quoting it), a block with no sender and date (the list's footer) and the lines between
messages are page matter, reported."""
from __future__ import annotations

import datetime as dt
import re

from .. import when
from ..model import Context, Parsed, Story
from ..outlets import Outlets

_HEADER = re.compile(r"^(?P<key>[A-Za-zÀ-ÿ][\w-]{0,30})[ \t]*:[ \t]*(?P<value>.*)$")
_SUBJECT = frozenset("subject betreff objet asunto oggetto onderwerp assunto temat".split())
_DATE = frozenset("date datum fecha data sent gesendet envoyé enviado inviato verzonden enviada".split())
_FROM = frozenset("from von de da van".split())
_OTHER = frozenset("to cc bcc reply-to message-id content-type mime-version content-transfer-encoding in-reply-to "
                   "references sender an à para a aan cc-an list-id x-mailer organization".split())
_KEYS = _SUBJECT | _DATE | _FROM | _OTHER
# a reply's subject ('Re:', 'AW:', 'Antw:', 'Sv:', 'R:', 'RE :', 'Réf. :'): a comment on another message
_REPLY = re.compile(r"^(?:re|aw|antw|antwort|sv|vs|r|rif|réf\.?|ref|res|odp)\s*(?:\[\d+\])?\s*:", re.I)
_FORWARD = re.compile(r"^(?:fwd?|wg|tr|rv|enc|i)\s*:\s*", re.I)
_LIST_TAG = re.compile(r"^\[[^\]\n]{1,60}\]\s*")
# lines between messages: a rule, or a digest's message counter ('Message: 3', 'Nachricht: 3')
_BETWEEN = re.compile(r"^(?:[-_=*~#]{8,}|(?:message|nachricht|mensaje|messaggio|bericht|mensagem|wiadomość)\s*:?\s*\d{1,4})$",
                      re.I)
_SOURCE = re.compile(r"^\W{0,3}\s*(?:sources?|quellen?|fuentes?|fontes?|bron|źródło|via)\s*:?\s", re.I)   # 'Source: X'
_SIGNATURE = re.compile(r"^--\s?$")
_QUOTE_INTRO = re.compile(r"(?:wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)\s*:\s*$", re.I)
_URL = re.compile(r"^<?https?://\S+>?$")
_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}$")   # a sender's name under the text


def _blocks(lines: list[str]) -> list[tuple[int, int, dict[str, str]]]:
    """(first, end, fields) of each header block: consecutive lines of mail keys (a value wrapped
    onto lines indented under it), the keys in lower case."""
    out, k = [], 0
    while k < len(lines):
        fields, j = {}, k
        while j < len(lines):
            m = _HEADER.match(lines[j]) if ":" in lines[j][:34] else None
            if m and m["key"].lower() in _KEYS:
                fields.setdefault(m["key"].lower(), m["value"].strip())
                last = m["key"].lower()
            elif fields and lines[j][:1] in " \t" and lines[j].strip():
                fields[last] = (fields[last] + " " + lines[j].strip()).strip()
            else:
                break
            j += 1
        if fields and (len(fields) >= 2 or _SUBJECT & fields.keys()):
            out.append((k, j, fields))
        k = max(j, k + 1)
    return out


def _message(fields: dict[str, str]) -> bool:
    return bool(_SUBJECT & fields.keys()) and bool((_FROM | _DATE) & fields.keys())


def _field(fields: dict[str, str], keys: frozenset) -> str:
    return next((v for k, v in fields.items() if k in keys), "")


def read(lines: list[str], ctx: Context) -> Parsed | None:
    """The messages of a mail digest as stories; None unless two messages or more (besides the
    digest's own header at the top) each stand under a header block with a subject and a sender
    or date."""
    blocks = _blocks(lines)
    top = next((k for k, l in enumerate(lines) if l.strip()), 0)
    messages = [b for b in blocks if _message(b[2]) and b[0] > top + 2]
    if len(messages) < 2:
        return None
    stories, left = [], []
    if blocks and blocks[0][0] < messages[0][0]:
        left.append(f"lines {blocks[0][0] + 1}-{messages[0][0]} (the digest's header and contents)")
    outlets = Outlets.of_page(lines)
    for n, (first, end, fields) in enumerate(blocks):
        if not _message(fields) or (first, end, fields) not in messages:
            if n and (first, end, fields) not in messages:
                left.append(f"line {first + 1} (the list's {_field(fields, _SUBJECT) or 'header'})")
            continue
        subject = _LIST_TAG.sub("", _field(fields, _SUBJECT))
        if _REPLY.match(subject):
            left.append(f"line {first + 1} (a reply: {subject[:50]})")
            continue
        stop = next((b[0] for b in blocks if b[0] >= end), len(lines))
        stories.append(_story(first, lines[end:stop], _FORWARD.sub("", _LIST_TAG.sub("", subject)),
                              _field(fields, _DATE), outlets))
    left += [f"line {s.line} (a message without text: {s.title[:50]})" for s in stories if not s.paras]
    stories = [s for s in stories if s.paras]
    if not stories:
        return None   # (replies only: a discussion, read by the other readers, which say what they found)
    return Parsed("generic", stories, notes=[f"left out: {', '.join(left)}"] if left else [])


def _story(first: int, body: list[str], subject: str, date: str, outlets: Outlets) -> Story:
    st = Story(line=first + 1, paras=[], title=subject)
    st.date = _day(date)
    st.date_basis = "stated" if st.date else ""
    paras, para = [], []
    for raw in body + [""]:
        s = raw.strip()
        if _SIGNATURE.match(raw.rstrip("\n")) or _BETWEEN.match(s) and not para and paras:
            break
        source = outlets.line(s) if len(s) <= 80 and _SOURCE.match(s) else ""
        if source:
            st.source = source
            break
        if s.startswith(">") or _QUOTE_INTRO.search(s) or _BETWEEN.match(s):
            continue
        if s:
            para.append(s)
        elif para:
            paras.append(" ".join(para))
            para = []
    while paras and (_URL.match(paras[-1]) or _NAME.match(paras[-1])):   # a link under the text; the sender's name
        if _URL.match(paras[-1]):
            st.url = paras[-1].strip("<>")
        paras.pop()
    st.paras = paras
    return st


def _day(value: str) -> dt.date | None:
    """The day a Date header writes, in its own time zone (RFC 2822, else as people write dates)."""
    import email.utils   # (here: the e-mail package is ~10 ms of every ingest's start, tests/test_ingest_startup.py)
    try:
        return email.utils.parsedate_to_datetime(value).date() if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        found = [f for f in when.find_dates(value[:100]) if f.kind != "relative"]
        return found[0].resolve(None) if found else None
