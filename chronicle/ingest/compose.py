"""Story -> the front matter and Markdown body of one article (pure)."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from ..source import frontmatter
from ..source.slugs import DATE_PREFIX, file_slug, tag_slug
from ..source.text import headline, lead, sentences, shorten
from . import clean, pagepublisher, when
from .ledger import text_key, title_key
from .model import Context, Parsed, Story
from .tagging import Tagger


# "LONDON — " / "BRUSSELS —" / "LAHORE: " at the start of a body: kept in the body, left out of the summary.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?"
    r"|(?:[A-Z][A-Za-z .'-]{1,40},\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*[—–]\s*"
    r"|^[A-Z][A-Z .'-]{1,40}:\s+(?=[A-Z])")   # ('KOTA BHARU: Test trains …', as Malaysian and Pakistani papers write it)


@dataclass(frozen=True)
class Draft:
    id: str
    line: int
    title: str
    fields: dict
    body: str
    notes: tuple[str, ...]
    text_key: str
    title_key: str

    def file_stem(self) -> str:
        slug = file_slug(self.title) or "article"
        date = self.fields.get("date")
        return f"{date.isoformat()}-{slug}" if date else slug

    def render(self) -> bytes:
        return frontmatter.dump(self.fields, self.body).encode("utf-8")


_WORD_CHAR = re.compile(r"\w")
_NON_WORDS = re.compile(r"\W+")
# 'Latest news: Space' is about space, as 'Climate change stories' is about climate change
_PAGE_WORDS = re.compile(r"(?i)\b(?:latest|news|headlines|top stories|stories|articles)\b")


def _page_topic(tagger: Tagger, headings: tuple[str, ...]) -> str | None:
    """The topic the page's own headings name (openers.page_topic), the first that names one; a
    place only by the first (a section heading 'GERMANY' of a European briefing is one section's
    place: the page's is pageplaces.page_place's)."""
    for i, heading in enumerate(headings):
        topic = tagger.topic_for(_PAGE_WORDS.sub("", heading).strip())
        if topic and (i == 0 or topic not in tagger.proper):
            return topic
    return None


def clean_paras(story: Story, ctx: Context) -> tuple[list[str], list[str]]:
    """Raw lines of a story -> clean paragraphs, and notes about what was dropped."""
    notes = []
    out: list[str] = []
    counts = {"pull quote": 0, "credit line": 0, "promo": 0, "furniture line": 0}
    for raw in story.paras:
        stripped = raw.strip()
        if any(p.fullmatch(stripped) for p in ctx.furniture):
            counts["furniture line"] += 1
            continue
        text, n = clean.drop_pull_quotes(raw) if ">" in raw else (raw, 0)
        counts["pull quote"] += n
        for para in clean.paragraphs(text):
            para, n = clean.drop_credits(para)
            counts["credit line"] += n
            para, n = clean.drop_promos(para, list(ctx.promos))
            counts["promo"] += n
            if not para.strip():
                continue
            items = clean.split_bullets(para)
            if items:   # "• a • b": keep the lead, then one "• item" paragraph per bullet
                first_is_item = bool(para.strip()) and para.lstrip()[0] in clean.BULLET_CHARS
                out.extend(clean.reflow(items[0]) if not first_is_item else ["• " + items[0]])
                out.extend("• " + i for i in items[1:])
            else:
                out.extend(clean.reflow(para))
    for what, n in counts.items():
        if n:
            notes.append(f"dropped {n} {what}{'s' if n > 1 else ''}")
    return out, notes


def compose(story: Story, parsed: Parsed, raw_name: str, ctx: Context, tagger: Tagger,
            imported: dt.date | None = None) -> Draft | None:
    """`imported`: the day the digest was captured, else the day it was imported (run.ingest_files)."""
    paras, notes = clean_paras(story, ctx)
    if not paras and _WORD_CHAR.search(story.title):
        # (a feed's item whose teaser is only 'Read more': its headline is what it says)
        paras = [clean.escape_markdown(clean.squeeze(story.title))]
        notes.append("text: none but a link's words ('Read more'); the headline stands for it")
    if not paras:
        return None
    text = clean.plain(paras)
    title = clean.squeeze(story.title)
    if not _WORD_CHAR.search(title):
        title = ""   # printed, but invisible or signs only ('\u200b', '🔥'): the text names the story
    notes = list(story.notes) + notes
    basis = "printed" if title else "derived"
    if not title:
        title = derive_title(_DATELINE.sub("", text, count=1)) or _first_words(text)
        if not any(n.startswith("title:") for n in notes):
            notes.append("title: none printed, derived from the text")
    if not _WORD_CHAR.search(title):
        return None   # no words a reader could recognise: the run reports the story as skipped
    if len(title) > frontmatter.MAX_CHARS["title"]:   # a feed's title of a page's length: the build's limit
        title = shorten(title, frontmatter.MAX_CHARS["title"])
        notes.append(f"title: cut to {frontmatter.MAX_CHARS['title']} characters")
    url = story.url.strip()
    if url and not frontmatter.WEB_URL.fullmatch(url):
        # digests are untrusted: a javascript: or data: link must not reach the page
        notes.append("url: dropped, not a web address")
        url = ""
    summary = _summary(text, title)
    if not summary and basis == "derived":   # a one-sentence item: the title is its first clause
        title = _clause(title)
        summary = _summary(text, title)
    tags = _tags(tagger, story, parsed, title, summary, text, notes)
    if not story.date and not any(n.startswith("date") for n in notes):
        notes.append("date: not stated")
    if not story.source:
        notes.append("source: not stated")
    xkey = text_key(_DATELINE.sub("", text, count=1))
    art_id = hashlib.sha256(f"{xkey}\n{title_key(story.title)}".encode()).hexdigest()[:16]
    fields = {
        "title": title,
        "title_basis": "derived" if basis == "derived" else None,
        "date": story.date,
        "date_basis": story.date_basis if story.date else None,
        "source": shorten(story.source, frontmatter.MAX_CHARS["source"]) or None,
        "url": url or None,
        "tags": tags,
        "summary": summary,
        "imported_from": raw_name,
        "imported": imported,
        "id": art_id,
    }
    return Draft(art_id, story.line, title, fields, clean.to_markdown(paras), tuple(notes), xkey,
                 title_key(story.title))


def _tags(tagger: Tagger, story: Story, parsed: Parsed, title: str, summary: str, text: str,
          notes: list[str]) -> list[str]:
    """The story's tags, with the evidence for each added to `notes`."""
    page_labels = list(parsed.page_labels)
    # 'Space' over a page of space stories; the regulator whose announcements page it is
    for topic in (_page_topic(tagger, parsed.page_topic), parsed.page_theme, parsed.page_publisher, parsed.page_remit):
        if topic and topic not in page_labels:
            page_labels.append(topic)
    tags, evidence = tagger.tags_with_evidence(title, summary, text, story.labels, page_labels, parsed.lang,
                                               parsed.page_places, parsed.page_country, parsed.page_region)
    if parsed.page_publisher:   # 'OEB' beside 'Ontario Energy Board': the name only
        short = pagepublisher.initials(parsed.page_publisher)
        tags = [t for t in tags if tag_slug(t) != short or tag_slug(parsed.page_publisher) not in tags]
    if evidence:
        notes.append("tags: " + ", ".join(f"{t} ({evidence[t]!r})" if not evidence[t].startswith(("label", "page"))
                                           else f"{t} ({evidence[t]})" for t in tags if t in evidence))
    return tags


def _summary(text: str, title: str) -> str:
    """The lead sentences, without the title when the text opens with it (bold-lead items)."""
    body = _DATELINE.sub("", text, count=1)
    t = title.rstrip(".")
    if t and body.startswith(t):
        rest = body[len(t):].lstrip(" .:!?—–-")
        if len(rest.split()) >= 5:
            body = rest
    out = lead(body)
    return "" if _same(out, title) else out


def derive_title(text: str, most: int = 12) -> str:
    """A title for an item that prints none: its first sentence when that is short (about `most`
    words, 90 characters), else the shared headline rule (text.headline: appositives and leading
    clauses dropped, cut at a clause)."""
    stamp = when.is_time(text)   # a live blog's '2:42 p.m.' opens the text, not the title
    text = text[stamp.end():].lstrip(" .:—–-") if stamp else text
    parts = sentences(text)
    if not parts:
        return ""
    first = parts[0].rstrip(" .")
    if len(first.split()) <= most + 2 and len(first) <= 90:
        return first
    return headline(text)


_CLAUSE = re.compile(r",\s|\s[—–]\s|\s(?=(?:after|as|amid|while|because|when|for|to|in|on|with|over|despite|following)\s)")


def _clause(sentence: str, most: int = 12) -> str:
    """The sentence up to its last clause or phrase boundary within `most` words (at least 5 kept)."""
    cut = ""
    for m in _CLAUSE.finditer(sentence):
        head = sentence[:m.start()].rstrip(" ,")
        if 5 <= len(head.split()) <= most:
            cut = head
    return cut or sentence


def _same(a: str, b: str) -> bool:
    norm = lambda x: _NON_WORDS.sub(" ", x.lower()).strip()
    return norm(a) == norm(b)


def _first_words(text: str, limit: int = 90) -> str:
    out = ""
    for word in text.split():
        if len(out) + 1 + len(word) > limit:
            break
        out = f"{out} {word}".strip()
    return out.strip(" .,;:—–-…")


def unique_stem(stem: str, taken: set[str]) -> str:
    """A file stem whose page slug (date prefix stripped) no other article has."""
    base = DATE_PREFIX.sub("", stem)
    prefix = stem[: len(stem) - len(base)]
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return prefix + candidate
