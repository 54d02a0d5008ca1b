"""Pure text clean-up for imported bodies: paragraphs, pull quotes, credits, promos, Markdown escaping."""
from __future__ import annotations

import re
from typing import Iterable

from ..source.text import sentences
from .when import folded

# Two or more spaces (including no-break spaces) inside a line mark a paragraph break.
_PARA_BREAK = re.compile(r"(?<=\S)[ \t\u00a0\u2009\u202f]{2,}(?=\S)")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# A pull quote: "> text > more text > last part. " repeated from the body, wrapped with "> " markers.
_PULL_QUOTE = re.compile(r"(?:^|(?<=\s))>\s.*?(?:>\s[^>]*?)*?[.!?…][\"'”’]?(?=\s+[\"'“‘]?[A-Z0-9]|\s*$)", re.S)
_CREDIT = re.compile(
    r"(?:(?<=[.!?”\"’])\s+|^)"
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:and|,)\s*(?:[A-Z][\w'’.-]*\s+){1,4})*"
    r"(?:contributed|contributed reporting|also contributed)(?:\s+(?:reporting|to this report|to this story))?"
    r"(?:\s+from\s+[A-Z][\w .'’-]{1,40}?)?\.(?=\s|$)")
# Each built-in promo pattern with the words one of which any text it matches holds, case-folded
# (tests/test_ingest_prefilters.py): a sentence without them is spared the pattern, which is tried
# at every position of every sentence of every item.
_DEFAULT_PROMOS = {
    r"\btry\b[^.!?]{0,60}\bfree for\b": ("free for",),
    # an offer to the reader ('Sign up for our newsletter', 'Subscribe now'), not news of a service
    # people can sign up for ('… will be able to sign up for free text alerts')
    r"(?:^\W*|\b(?:please|and|you can)\s+)subscribe\b|\bsubscribe (?:now|today|to (?:our|my|this|the newsletter))\b":
        ("subscribe ",),
    r"(?:^\W*|\b(?:please|and|you can)\s+)sign up\b|\bsign up (?:now|today|(?:for|to) (?:our|my|this|the newsletter))\b":
        ("sign up ",),
    r"\bunlimited access\b": ("unlimited access",),
    r"\baward-winning (?:british |)journalism\b": ("award-winning ",),
    r"\b(?:download|get) (?:our|the) app\b": ("our app", "the app"),
    r"\bfollow us on\b": ("follow us on",),
    r"\bnewsletter\b.*\b(?:inbox|sign up|subscribe)\b": ("newsletter",),
    r"\bclick here\b": ("click here",),
    r"\b(?:upgrade to (?:a )?paid|paid (?:plan|subscri(?:ber|ption)))\b": ("paid",),
}
_ALNUM = re.compile(r"[a-z0-9]+")
# '&' only where it would start an entity ('&amp;'): 'PG&E' stays as written
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|]|&(?=#?\w+;))")
_LINE_START = re.compile(r"^(\s*)([#+\-=~]+|\d{1,9}[.)])(?=\s|$)", re.M)
BULLET_CHARS = "•●▪◦"
_BULLET = re.compile(r"(?:^|\s)[•●▪◦]\s+")


def squeeze(text: str) -> str:
    """Collapse runs of spaces (and no-break spaces) into one space."""
    return _SPACES.sub(" ", text).strip()


def paragraphs(line: str) -> list[str]:
    """One raw line -> paragraphs; double spaces in the raw text mark the breaks."""
    return [squeeze(p) for p in _PARA_BREAK.split(line) if p.strip()]


def reflow(para: str, longest: int = 1200, target: int = 500) -> list[str]:
    """Split a very long paragraph with no paragraph marks at sentence ends (never inside a quotation)."""
    if len(para) <= longest:
        return [para]

    out, cur = [], ""
    for s in sentences(para):
        cur = f"{cur} {s}".strip()
        balanced = cur.count("“") == cur.count("”") and cur.count('"') % 2 == 0
        if len(cur) >= target and balanced:
            out.append(cur)
            cur = ""
    if cur:
        if out and len(cur) < target // 3:
            out[-1] = f"{out[-1]} {cur}"
        else:
            out.append(cur)
    return out


def drop_pull_quotes(text: str) -> tuple[str, int]:
    """Remove '> …' pull quotes whose words repeat the surrounding text; returns (text, how many)."""
    dropped = 0

    def replace(m: re.Match) -> str:
        nonlocal dropped
        quote = squeeze(m.group(0).replace(">", " "))
        rest = text[: m.start()] + " " + text[m.end():]
        if _repeats(quote, rest):
            dropped += 1
            return "\x00"
        return m.group(0)

    out = _PULL_QUOTE.sub(replace, text)
    # Keep a paragraph break that stood on either side of the quote; otherwise one space.
    out = re.sub(r"([ \t\u00a0]*)\x00([ \t\u00a0]*)",
                 lambda g: g[1] if len(g[1]) >= 2 else g[2] if len(g[2]) >= 2 else " ", out)
    return out, dropped


def _words(text: str) -> list[str]:
    return _ALNUM.findall(text.lower().replace("’", "'"))


def _repeats(quote: str, body: str, threshold: float = 0.8) -> bool:
    q = _words(quote)
    if len(q) < 4:
        return False
    grams = {tuple(q[i:i + 3]) for i in range(len(q) - 2)}
    b = _words(body)
    have = {tuple(b[i:i + 3]) for i in range(len(b) - 2)}
    return len(grams & have) / len(grams) >= threshold


def drop_credits(text: str) -> tuple[str, int]:
    """Remove reporter credit sentences ('X and Y contributed reporting from London.')."""
    out, n = _CREDIT.subn("", text)
    return out.strip(), n


def promo_patterns(extra: Iterable[str] = ()) -> list[re.Pattern]:
    return [re.compile(p, re.I) for p in (*_DEFAULT_PROMOS, *extra)]


# Any of the built-in patterns' words: most sentences hold none, and are then spared the
# patterns one by one (the patterns of config.yaml are tried all the same).
_ANY_PROMO_WORD = re.compile("|".join(re.escape(w) for words in _DEFAULT_PROMOS.values() for w in words))


def is_promo(sentence: str, patterns: list[re.Pattern]) -> bool:
    if len(sentence) >= 400:
        return False
    low = folded(sentence)
    if _ANY_PROMO_WORD.search(low) is None:
        return any(p.search(sentence) for p in patterns if p.pattern not in _DEFAULT_PROMOS)
    return any(p.search(sentence) for p in patterns
               if any(w in low for w in _DEFAULT_PROMOS.get(p.pattern, ("",))))


def drop_promos(text: str, patterns: list[re.Pattern]) -> tuple[str, int]:
    """Drop subscription offers and similar promo sentences."""
    if all(p.pattern in _DEFAULT_PROMOS for p in patterns) \
            and _ANY_PROMO_WORD.search(folded(" ".join(text.split()))) is None:
        return text, 0   # no sentence of it holds a built-in promo's words (sentences() cuts this text)
    kept, dropped = [], 0
    for s in sentences(text):
        if is_promo(s, patterns):
            dropped += 1
        else:
            kept.append(s)
    if not dropped:
        return text, 0
    return " ".join(kept), dropped


def split_bullets(paragraph: str) -> list[str]:
    """'• a • b • c' -> ['a', 'b', 'c'] (empty list when the paragraph has no bullets)."""
    if not _BULLET.search(paragraph):
        return []
    parts = [squeeze(p) for p in _BULLET.split(paragraph)]
    lead = parts[0]
    items = [p for p in parts[1:] if p]
    return ([lead] if lead else []) + items if len(items) >= 1 else []


def escape_markdown(text: str) -> str:
    """Plain text -> Markdown that renders as the same text (no HTML, links or emphasis)."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    def fix(m: re.Match) -> str:
        mark = m.group(2)
        if mark[0].isdigit():   # "1." starts an ordered list; "1\." does not
            return m.group(1) + mark[:-1] + "\\" + mark[-1]
        return m.group(1) + "\\" + mark

    return _LINE_START.sub(fix, text)


def to_markdown(paras: list[str]) -> str:
    """Paragraphs -> Markdown body; runs of '• item' paragraphs become one list."""
    blocks: list[str] = []
    items: list[str] = []
    for para in paras + [""]:
        if para[:1] and para[:1] in BULLET_CHARS:
            items.append("- " + escape_markdown(para[1:].strip()))
            continue
        if items:
            blocks.append("\n".join(items))
            items = []
        if para.strip():
            blocks.append(escape_markdown(para))
    return "\n\n".join(blocks) + "\n"


def plain(paras: list[str]) -> str:
    """Paragraphs -> one plain string (for summaries, headlines and tagging)."""
    return " ".join(squeeze(p.replace("•", " ")) for p in paras)


_QUOTE = re.compile(r"^\s*> ?")


def unquoted(lines: list[str]) -> list[str]:
    """A forwarded or replied-to e-mail quotes every line with '>': the quoting is taken off
    (level by level) when nearly every line has it; a pull quote here and there stays."""
    for _ in range(5):
        content = [l for l in lines if l.strip()]
        if not content or sum(1 for l in content if l.lstrip().startswith(">")) < 0.9 * len(content):
            break
        lines = [_QUOTE.sub("", l) for l in lines]
    a, b = _quoted_stretch(lines)
    if b - a:   # a forward's quoted message under the sender's note and the headers: that stretch only
        lines = lines[:a] + unquoted(lines[a:b]) + lines[b:]
    return lines


def _quoted_stretch(lines: list[str]) -> tuple[int, int]:
    """The longest run of lines quoted with '>' (blank lines between them allowed), when it has
    eight quoted lines or more and they are at least half of the page's: (start, end), else (0, 0)."""
    best, start, n = (0, 0, 0), None, 0
    for k, l in enumerate(lines + ["."]):
        if l.lstrip().startswith(">"):
            if start is None:
                start, n = k, 0
            n += 1
        elif start is not None and l.strip():
            if n > best[2]:
                best = (start, k, n)
            start = None
    a, b, n = best
    return (a, b) if n >= 8 and n >= 0.5 * sum(1 for l in lines if l.strip()) else (0, 0)


# '[Headline](https://…)': a Markdown inline link, as notes apps and newsletters written in Markdown
# carry every headline; '*Reuters*', '_Le Monde_' around a name after it
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:<[^<>\s]{1,2000}>|[^\s()]{1,2000})(?:\s+\"[^\"\n]{0,200}\")?\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*_])([*_])(?!\s)([^*_\n]{1,80}?)(?<!\s)\1(?![\w*_])")


def unlinked(lines: list[str]) -> list[str]:
    """A page written in Markdown, with two links or more: each '[words](address)' read as its words
    (the title was '[Headline](https://…) — Reuters, Mar 3'), and single-star or underscore
    emphasis around a few words taken off ('— *Reuters*'); one line for one line. Pages with one
    bracketed pair or none are left as they are (a bracket in prose is no link)."""
    if sum(1 for l in lines if "](" in l and _MD_LINK.search(l)) < 2:
        return lines
    return [_MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", l)) if "](" in l or "*" in l or "_" in l else l for l in lines]
