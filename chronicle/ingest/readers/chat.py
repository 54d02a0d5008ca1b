"""Chat exports: a WhatsApp 'export chat' file ('03/03/25, 8:05 - Name: text') or a Slack channel
copied from the browser ('Name  9:14 AM' headers under day dividers such as 'Today' or 'Monday,
March 3rd') or a Discord channel ('name — Yesterday at 9:02 PM': discordchat.py). One item per message that shares a link (or says something of a news item's length);
its text around the link is the shared page's title and summary, or Slack's unfurl (site name,
title, description). The message's own date dates it; replies and system lines are dropped (their
number reported), reactions and thread counters left out of the text. Read only when message
headers are a good part of the page."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from .. import domains, outlets, when
from ..lang import language
from ..model import Context, Parsed, Story, is_prose
from . import discordchat, teamschat
from .chatdays import day_of

# '03/03/25, 8:05 - Name: text' (Android), '[03/03/25, 8:05:12] Name: text' (iOS); a system
# line has no 'Name: ' (a name is a few words before the colon). A header alone on its line
# ('[12.03.2025 08:14]' over a channel post) is not this export: the evidence reader reads those.
_WA = re.compile(r"^\[?(?P<date>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}),?\s+(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
                 r"(?:\s?[AaPp]\.?\s?[Mm]\.?)?)\]?\s*(?:[-–]\s+)?(?P<rest>[^\s\]].*)$")
_SENDER = re.compile(r"^(?P<name>[^:]{1,40}?):\s(?P<text>.*)$")
# 'Tomasz Wójcik  9:14 AM': a name, two spaces or more, the time
_SLACK = re.compile(r"^(?P<name>\S[^\d:]{0,40}?)\s{2,}(?P<time>\d{1,2}:\d{2}(?:\s?[AP]M)?)\s*$")
# or the name on a line of its own and the time under it ('Grace Okonkwo' / '  4:12 PM'), as Slack's
# web app copies a message
_TIME_ONLY = re.compile(r"^\d{1,2}:\d{2}(?:\s?[AP]M)?$")
_NAME_ONLY = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý@][\w'’.-]+){0,3}$")
_URL = re.compile(r"https?://\S+")
# 👍 4 / 🔥 2  👀 1 / :+1: 3 — reactions; '3 replies  Last reply 1 day ago' — a thread counter
_REACTIONS = re.compile(r"^(?:(?::[\w+-]+:|[^\w\s]{1,3})\s*\d+\s*)+$")
_THREAD = re.compile(r"^\d+\s+(?:replies|reply|Antworten|réponses|respuestas|risposte)\b.*$", re.I)
_DAY_WORDS = re.compile(r"^(?:today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri)$", re.I)
# a label before a summary the sender wrote ('Resumen: …', 'Lo importante: …', 'TL;DR: …')
_LABEL = re.compile(r"^(?P<label>[^\W\d][\w;' ]{0,20}?):\s+(?=\S)")
# the separators of a shared page's title: 'Headline | Section | OUTLET', 'Headline - Outlet'
_SEP = re.compile(r"\s+(\||-|–|—)\s+")


@dataclass
class _Message:
    line: int
    date: dt.date | None
    basis: str
    text: list[str] = field(default_factory=list)
    system: bool = False   # the app's own message (its lines under it are no item's either)


def read(lines: list[str], ctx: Context) -> Parsed | None:
    content = [l.strip() for l in lines if l.strip()]
    # ('19.05.2026, 21:10 Uhr' is a time line: a message header goes on with a sender or a system line)
    wa = sum(1 for l in content if (m := _WA.match(l)) and (" " in m["rest"].strip() or ":" in m["rest"]))
    slack = sum(1 for l in content if _SLACK.match(l)) + _name_time_headers(lines)
    discord = discordchat.headers(content)   # ('name — Today at 8:14 AM': a header like no line of text)
    teams = teamschat.headers(content)   # ('Name   Yesterday 4:52 pm': headers that print their day)
    if max(wa, slack, teams) < 3 or max(wa, slack, teams) < 0.1 * len(content):
        if discord < 2:
            return None
        wa = slack = teams = 0
    if teams > max(wa, slack):
        msgs = [_Message(*m) for m in teamschat.messages(lines, ctx)]
    else:
        msgs = _whatsapp(lines, ctx) if wa and wa >= slack else _slack(lines, ctx) if slack else [_Message(*m) for m in discordchat.messages(lines, ctx)]
    stories, dropped = [], 0
    for m in msgs:
        st = _story(m)
        if st is None:
            dropped += bool(m.text)
        else:
            stories.append(st)
    if teams > max(wa, slack):
        # where messages share previews, one that shares none is the poster's talk ('Also on TV at 6');
        # lines like 'Name   Yesterday 4:52 pm' over no previews are no channel's (a feed's outlet lines)
        dropped += sum(1 for st in stories if not st.title)
        stories = [st for st in stories if st.title] if sum(1 for st in stories if st.title) >= 2 else []
    if not stories:
        return None
    _unlabel(stories)
    notes = [f"{dropped} chat lines without a link or news (replies, system lines) dropped"] if dropped else []
    # the channel's own lines above its first message (its name, its topic): left out without a word
    above = [f"line {no} '{l.strip()[:40]}'" for no, l in enumerate(lines[:msgs[0].line - 1], 1) if l.strip()]
    notes += [f"left out, above the first message: {', '.join(above)}"] if above else []
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(content)))


def _unlabel(stories: list[Story]) -> None:
    """The label a sender writes before each summary ('Resumen: …', 'Kurz: …'), used in two
    messages or more, is no part of the text ('Kyiv: …' opening one description stays)."""
    labels = Counter(m["label"] for st in stories if st.paras and (m := _LABEL.match(st.paras[0])))
    for st in stories:
        m = _LABEL.match(st.paras[0]) if st.paras else None
        if m and labels[m["label"]] >= 2:
            st.paras[0] = st.paras[0][m.end():]


def _whatsapp(lines: list[str], ctx: Context) -> list[_Message]:
    heads = [(no, m) for no, l in enumerate(lines, 1) if (m := _WA.match(l.strip()))]
    found = [f for _, m in heads for f in when.find_dates(m["date"])]
    order = when.decide_order(found, language("\n".join(lines)), ctx.captured)
    out: list[_Message] = []
    for no, raw in enumerate(lines, 1):
        s = raw.strip()
        m = _WA.match(s)
        if m:
            f = when.find_dates(m["date"])
            day = f[0].resolve(order) if f else None
            sender = _SENDER.match(m["rest"])
            # (a message opening with a left-to-right mark is WhatsApp's own: 'Messages are end-to-end
            # encrypted', 'image omitted', 'X added Y', a poll; no item, and nothing of it is one)
            system = bool(sender) and sender["text"].startswith("\u200e")
            out.append(_Message(no, day, "stated" if day else "", [] if system or not sender else [sender["text"]], system))
        elif s and out and not out[-1].system:
            out[-1].text.append(s)
    return out


def _slack(lines: list[str], ctx: Context) -> list[_Message]:
    out: list[_Message] = []
    day: dt.date | None = None
    for no, raw in enumerate(lines, 1):
        s = raw.strip()
        if _SLACK.match(s):
            out.append(_Message(no, day, "derived" if day else ""))
        elif raw[:1].isspace() and _TIME_ONLY.match(s) and out and out[-1].text and _NAME_ONLY.match(out[-1].text[-1]):
            out[-1].text.pop()   # (the sender's name, on the line above the time: the new message's)
            out.append(_Message(no, day, "derived" if day else ""))
        elif _divider(s):
            day = day_of(s, ctx.captured)
            out.append(_Message(no, None, ""))   # ends the message above it
        elif s and out:
            out[-1].text.append(s)
    return out


def _name_time_headers(lines: list[str]) -> int:
    """Messages headed by a name alone and, indented on the line under it, the time ('Grace Okonkwo'
    / '  4:12 PM'): Slack's web app as copied (a live blog's 'Reporter' / '4:12 PM' is not indented)."""
    return sum(1 for k in range(1, len(lines)) if lines[k][:1].isspace() and _TIME_ONLY.match(lines[k].strip())
               and _NAME_ONLY.match(lines[k - 1].strip()))


def _divider(s: str) -> bool:
    """'Today', 'Yesterday', 'Monday, March 3rd', 'March 3rd, 2025': a day alone on its line."""
    if _DAY_WORDS.match(s):
        return True
    found = when.find_dates(s)
    return len(found) == 1 and found[0].kind != "relative" and len(s.split()) <= 5 and not _URL.search(s)




def _story(m: _Message) -> Story | None:
    """A message that shares a link or says something of a news item's length: its title from the
    text above the link (or the unfurl's), its outlet from the unfurl's site line or the title's suffix."""
    text = [t for t in m.text if not (_REACTIONS.match(t) or _THREAD.match(t))]
    bold = next((i for i, t in enumerate(text) if _BOLD.match(t.strip())), None)
    if bold is not None:   # ('Da L'Arena di oggi 👇' / '*Headline*' / text / link: WhatsApp's bold is the headline)
        return _bold_story(m, text, bold)
    at = next((i for i, t in enumerate(text) if _URL.search(t)), None)
    if at is None:   # (a link's preview pasted without the link: headline, description, domain)
        card = teamschat.card_story(m.line, text, m.date, m.basis)
        return card or (_headed(m, text) if any(map(is_prose, text)) else None)
    url = _URL.search(text[at])[0]
    before, after = [t for t in text[:at] if t], text[at + 1:]
    glued = _URL.sub("", text[at]).strip()
    if glued:
        before.append(glued)
    source = ""
    if len(after) >= 3 and outlets.looks_like_name(after[0]) and not after[0].endswith("."):
        source, after = after[0], after[1:]   # Slack's unfurl: site name, title, description
    if len(after) >= 2 and not is_prose(after[0]):
        title, body, note = after[0], after[1:], before
    else:
        title, body, note = (before[-1] if before else ""), after, before[:-1]
    if not source:
        title, source = _suffix(title)
    source = source or domains.outlet_of(url)   # ('… EirGrid says https://www.irishtimes.com/…': the link's site)
    paras = body + note
    return Story(line=m.line, paras=paras or [title], title=title, date=m.date, date_basis=m.basis,
                 source=source, url=url)


# a line wholly in WhatsApp's or Telegram's bold ('*Comunali 2027, il centrodestra va alle primarie*')
_BOLD = re.compile(r"^\*(?=\S)[^*]{12,300}(?<=\S)\*$")


def _bold_story(m: _Message, text: list[str], at: int) -> Story:
    """A shared story the sender pasted with its headline in bold: the bold line is the title, the
    lines under it its text (the link's line left out: it is the story's url), the lines above it the
    sender's note, kept after the text."""
    urls = [u for t in text for u in _URL.findall(t)]
    body = [t for t in text[at + 1:] if t.strip() and _URL.sub("", t).strip(" :") and not _URL.fullmatch(t.strip())]
    note = [t for t in text[:at] if t.strip()]
    url = urls[0] if urls else ""
    return Story(line=m.line, paras=body + note or [text[at].strip("* ")], title=text[at].strip().strip("*").strip(),
                 date=m.date, date_basis=m.basis, source=domains.outlet_of(url) if url else "", url=url)


def _headed(m: _Message, text: list[str]) -> Story:
    """A message of its own text: a first line that is no sentence over two paragraphs or more is
    its headline (a channel's post, a notice list's entry: 'Direction issued to … - SA region')."""
    lines = [t for t in text if t.strip()]
    head = lines[0].strip() if lines else ""
    if len(lines) >= 3 and head[-1:] not in ".!?…:;\"”’" and 3 <= len(head.split()) <= 30 and head[:1].isupper():
        return Story(line=m.line, paras=lines[1:], title=head, date=m.date, date_basis=m.basis)
    return Story(line=m.line, paras=text, date=m.date, date_basis=m.basis)


def _suffix(title: str) -> tuple[str, str]:
    """'Headline | Section | OUTLET' / 'Headline - Outlet' / 'Headline | site.de - Section' ->
    (headline, outlet): the outlet is the first short tail part that is a site's name (a listed
    outlet, a domain), else the last one when it is a name; a page title's '|' parts go with it."""
    tails: list[tuple[str, int, str]] = []   # (part, where its separator starts, separator), right to left
    cut = len(title)
    for m in reversed(list(_SEP.finditer(title))[-3:]):
        part = title[m.end():cut].strip()
        if len(part.split()) > 4 or len(part) > 40:
            break
        tails.append((part, m.start(), m[1]))
        cut = m.start()
    named = [t for t in reversed(tails) if outlets.site_name(t[0])]
    if named:
        name, at, _ = named[0]
    elif tails and outlets.looks_like_name(tails[0][0]):
        name, at, _ = tails[0]
    else:
        return title, ""
    at = min([at] + [a for _, a, sep in tails if sep == "|"])
    return title[:at].strip(), name
