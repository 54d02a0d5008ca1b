"""A reader for digests of any layout: each line is classified by what it is (lines.classify),
then the page's repeating item pattern decides where items start:

- live blogs: a clock time (on its own line or leading a paragraph) opens each entry;
- numbered or bulleted lists: each marker opens an item;
- headline + text pages: a headline opens an item (or closes it: 'teaser / Headline (Outlet)' digests);
- bold-lead paragraphs ('Lead. Body…', 'KICKER: body') under section headings: one item each;
- one item per line (headline, teaser, author or date glued on one line).

Dates, outlets, labels and titles of each item are read by readers/items.py. When unsure it splits
rather than merges: two stories in one article lose one of them; a stray fragment is visible."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import partial

from ..lines import READ_MORE_LINE, Line, words
from ..when import is_time
from ..model import Context, Parsed, Story
from ..outlets import Outlets
from .. import metafields, readtimes, trailerdays
from ..clockzones import untitled_entry, updated
from . import (altdates, altlines, arrowlinks, bulletheads, labelbullets, clippedruns, colonlists, lostlinks, attribution, authorbox, authorlines, blankdates, boxsections, briefs, bylineheads, captionend, cardfoot, categorylines, clippinglines, closedblocks, dekpairs, longheads, closinglabels, companylines, contents, counters, coverblocks, creditheads,
               creditlines, datedlines, daymonths, dayparas, feedrows, followbuttons, footnotes, hashtags, issuerlines, itemoutlets, items, labeloutlets, keyedrows, kickerheads, linklines,
               mailchrome, markedheads, medialabels, menurows, metabullets, numbered, outletcards, pagecontrols, pagers, resultlines, paidlines, photocredits, placednames, postblocks, postchrome, posts, postrows, pressquotes, promos, readmoreat, recapbullets, releaselines,
               remarks, reminders, renderings, review, rivers, sectionlabels, sectionlines, servicelines, shortlines, shortteasers, showpage, sitechrome, storyat, tablerows, tallylines,
               timelabels, transcript, treegroups, typelabels, withlines)
from .openers import META, followed_by_text, next_text, opened_by, opens_item, over_nested, page_head, page_topic, pictograms, texted_since
from .pagelines import content_lines, lines_are_items, teaser_first, teaser_first_starts


def read(lines: list[str], ctx: Context) -> Parsed:
    outlets = Outlets.of_page(lines)
    ls = content_lines(lines, outlets)
    if not ls:
        return Parsed("generic", [])
    for marks in (renderings.mark, keyedrows.mark, postrows.mark, metafields.mark, bylineheads.mark, readmoreat.mark, medialabels.mark, timelabels.mark, partial(recapbullets.mark, outlets=outlets), bulletheads.mark, labelbullets.mark, servicelines.mark, categorylines.mark, paidlines.mark, creditheads.mark, daymonths.mark,
                  placednames.mark, longheads.mark, blankdates.mark, companylines.mark, markedheads.mark, mailchrome.mark, closinglabels.mark, menurows.mark, arrowlinks.mark, boxsections.mark, tablerows.mark, colonlists.mark):   # (each module says what)
        marks(ls)
    trailerdays.mark(ls, ctx.captured)   # ('Read at X, Monday')
    sources = footnotes.mark(ls)   # ('[1] Reuters - https://…' at the page's end)
    for marks in (showpage.mark, sitechrome.mark, pagecontrols.mark, followbuttons.mark, hashtags.mark, metabullets.mark, cardfoot.mark, captionend.mark, pagers.mark, promos.mark, coverblocks.mark, issuerlines.mark,
                  releaselines.mark, counters.mark, tallylines.mark, shortteasers.mark, sectionlabels.mark, typelabels.mark, authorlines.mark, reminders.mark, remarks.mark, withlines.mark, photocredits.mark, authorbox.mark, altlines.mark, altdates.mark, linklines.mark, outletcards.mark, resultlines.mark, postchrome.mark):   # (each module says what it marks)
        marks(ls)
    treegroups.mark(ls, outlets), labeloutlets.mark(ls, outlets), pressquotes.mark(ls, outlets), clippinglines.mark(ls, outlets), storyat.mark(ls)   # (trees, quoted papers, clippings, 'full story at X, date:')
    groups = segment(ls, outlets)
    page = items.Page.of(ls, lines, ctx, groups)
    # each item is read into its story where it is composed (model.Parsed.read_item)
    kept = [g for g in groups if items.has_text(g)]
    read_item = partial(footnotes.story, read=partial(review.story, page=page, outlets=outlets,
                        named=review.paragraphs(ls)), notes=sources, linked=footnotes.links(kept)) if kept else None
    stories = [] if kept else [Story(line=ls[0].no, paras=[l.text for l in ls])]
    # (nothing item-like: the lines are handed over whole, so the run says why); lines above the first
    # item that are neither furniture nor headings (news above a numbered list) are named, not lost
    notes = page.notes + [f"{what}: {', '.join(found)}" for what, found in (
        ("dropped as page furniture", [f"line {l.no} '{l.text[:40]}'" for l in ls if l.kind == "furn"]),
        ("read as page or section headings", [f"line {l.no} '{l.text[:40]}'" for l in ls if l.section]),
        ("left out, above the first item", [f"line {l.no} '{l.text[:40]}'" for l in ls[:groups[0].index if kept else 0]
                                            if l.kind in ("prose", "head") and not l.section])) if found]
    topic = page_topic(ls, groups[0].index if kept else 0) if len(kept or stories) >= 3 else ()
    return Parsed("generic", stories, notes=notes, lang=page.lang, page_topic=topic, items=kept, read_item=read_item)


def segment(ls: list[Line], outlets: Outlets | None = None) -> list[items.Group]:
    """Lines -> groups of lines, one per item; the lines before the first item are page lines."""
    contents.mark(ls)
    shortlines.mark(ls)
    attribution.mark(ls, outlets or Outlets())
    review.page_matter(ls, review.paragraphs(ls))
    for finder in (rivers.starts, posts.starts, transcript.starts, _timeline, numbered.starts, briefs.date_led, creditlines.starts, datedlines.starts,
                   feedrows.starts, dayparas.starts, sectionlines.starts, closedblocks.starts):
        starts = finder(ls)
        if starts:
            return _cut(ls, starts)
    return itemoutlets.headings(ls, _cut(ls, _walk(ls, outlets or Outlets())))


def _cut(ls: list[Line], starts: list[tuple[int, str]]) -> list[items.Group]:
    """starts: (index, mode) -> groups of lines; mode says how the item shows its title."""
    groups = []
    for k, (i, mode) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(ls)
        groups.append(items.Group(ls[i:end], mode, i))
    return groups


def _is_time_start(line: Line) -> bool:
    return line.kind == "time" and not updated(line.text) or (line.kind in ("prose", "head") and bool(is_time(line.text)) and not line.marker)


def _timeline(ls: list[Line]) -> list[tuple[int, str]]:
    idx = [i for i, l in enumerate(ls) if _is_time_start(l)]
    text = [l for l in ls[idx[0]:] if l.kind in ("prose", "head")] if idx else []
    if len(idx) < 3 or len(idx) < 0.25 * len(text) or briefs.times_trail(ls, idx):
        return []
    pinned = briefs.pinned(ls, idx[0]) if idx[0] > 0.3 * len(ls) else None
    if not (briefs.spread(idx, len(ls)) if pinned is None else briefs.page_top(ls, pinned) and idx[-1] >= 0.6 * len(ls)):
        return []
    return ([] if pinned is None or briefs.page_title(ls, pinned) else [(pinned, "titled")]) + [(i, "time") for i in idx]


def _section(line: Line, caps_titles: bool = False) -> bool:
    """A heading over items, not an item's headline: 'EDITOR'S PICKS', 'In brief:' (unless the page writes
    all its headlines in capitals, or the line ends in a reading time: 'WIND SITES AUCTIONED (3 MINUTE READ)')."""
    t = line.text.rstrip()
    return t.endswith(":") or (not caps_titles and t.isupper() and sum(c.isalpha() for c in t) >= 4 and not readtimes.timed(t))


def _caps_titles(ls: list[Line]) -> bool:
    """Headlines in capitals: most headline-like lines followed by text are written that way."""
    titled = [i for i, l in enumerate(ls) if l.kind == "head" and not l.marker and followed_by_text(ls, i)]
    return len(titled) >= 3 and sum(1 for i in titled if ls[i].text.isupper()) >= 0.8 * len(titled)


def _walk(ls: list[Line], outlets: Outlets) -> list[tuple[int, str]]:
    heads = [i for i, l in enumerate(ls) if l.kind == "head" and not l.marker]
    if teaser_first(ls, heads):
        return teaser_first_starts(ls)
    sh = _shape_of(ls, heads, outlets)
    kick, kicker_page = sh.kick, sh.kicker_page
    item_indent = None     # indent of the open list item: more indented lines continue it
    starts: list[tuple[int, str]] = []
    open_titled = False    # the open item has a headline (its next paragraphs are its own)
    after_section = False
    for i, l in enumerate(ls):
        if l.kind in META or l.kind == "plus" or colonlists.introduced(ls, i):   # (or '… as follows:' / '1. …': the item's list)
            continue
        if i in sh.deks or (item_indent is not None and l.indent > item_indent and not l.marker):
            continue
        item_indent = None
        if l.marker and over_nested(ls, i):
            l.section = True   # '• Russian invasion of Ukraine' over '□ Russian drones kill …': a story's label
            continue
        if l.marker:
            item_indent = l.indent
            titled = l.kind == "head" and followed_by_text(ls, i) and not kicker_page
            j = next_text(ls, i)   # a list of headlines alone ('• Headline – Outlet, date'): each its own title
            alone = l.kind == "head" and not titled and not kick[i] and (j < 0 or bool(ls[j].marker) or bulletheads.last_of_run(ls, i, starts))
            starts.append((i, "titled" if titled else "kicker" if kick[i] else "headonly" if alone else "plain"))
            open_titled, after_section = titled, after_section and not titled
            continue
        if l.kind == "head" and i in sh.subheads:
            continue   # a subheading of the open item's text
        if l.kind == "head":
            mode = _head_mode(ls, i, bool(starts), sh)
            if mode == "section":
                l.section, after_section, open_titled = True, True, False
            else:   # (a headline alone is an item of one line: never dropped)
                starts.append((i, mode))
                open_titled = mode == "titled"
                after_section = after_section and not open_titled
            continue
        # prose
        if clippedruns.run_on(ls, i, starts):   # ('Headline (Paper, 24.11.2026)' lines one under another)
            continue
        opener = opens_item(ls, i)
        if opener:
            starts.append((i, opener))
            open_titled, after_section = opener == "titled", False
            continue
        if (after_section or _prose_opens(ls, i, sh, starts, open_titled, outlets)) and not (starts and _lead_in(ls, i, sh)):
            mode = "line" if sh.one_per_line else "kicker" if kick[i] and (kicker_page or after_section) else "plain"
            starts.append((i, mode))
            open_titled = False
    return page_head(ls, starts)


def _prose_opens(ls: list[Line], i: int, sh: "_Shape", starts: list, open_titled: bool, outlets: Outlets) -> bool:
    """Whether a paragraph opens an item of its own (not the open item's next paragraph)."""
    l, prev = ls[i], ls[i - 1] if i else None
    return bool(not starts or sh.kick[i] and sh.kicker_page or sh.one_per_line or (sh.dated[i] and sh.dated_page)
                or (prev is not None and (prev.tail_more or prev.kind == "furn" and (pictograms(prev.text) or not l.gap and READ_MORE_LINE.match(prev.text))
                                          or prev.kind != "furn" and items.ends_with_outlet(prev.text, outlets) and not opened_by(prev, i, starts)))
                or (i in sh.wired and not (open_titled and starts[-1][0] == attribution.text_before(ls, i)))
                or (not open_titled and l.gap > 0) or prev is not None and prev.kind == "date" and prev.gap > 0 and (not open_titled or texted_since(ls, starts, i - 1))   # ('[date]' / text)
                or (starts[-1][0] == i - 1 and not open_titled and ls[i - 1].kind == "head") or untitled_entry(ls, i) or lostlinks.lost(ls, i))


def _lead_in(ls: list[Line], i: int, sh: "_Shape") -> bool:
    """A paragraph right under a shouted kicker's (no blank line), not opening with one itself
    ('REARM EUROPE: …' / 'Read the fine print: …'): that item's next paragraph."""
    l, prev = ls[i], ls[i - 1] if i else None
    return prev is not None and l.gap == 0 and sh.kicker_page and sh.shouted and prev.kind == "prose" \
        and prev.lead.isupper() and not l.lead.isupper()


def _shape_of(ls: list[Line], heads: list[int], outlets: Outlets) -> "_Shape":
    kick = [l.kind == "prose" and bool(l.lead) for l in ls]
    texts = [i for i, l in enumerate(ls) if l.kind not in META]
    # bold-lead paragraphs follow one another; under headlines of their own they are ordinary text
    kicker_page = _kicker_page(ls, texts, kick)
    # (headings above the first paragraph are the page's own: masthead, menu, 'Search results: 1,946')
    first_text = next((i for i, l in enumerate(ls) if l.kind == "prose"), len(ls))
    one_per_line = sum(1 for l in ls[first_text:] if l.kind == "head") < 2 and lines_are_items(ls)
    dated, dated_page = _dated_paragraphs(ls)
    labelled = briefs.labelled(ls)
    leads = [l.lead for l in ls if l.kind == "prose" and l.lead]
    shouted = sum(1 for x in leads if x.isupper()) >= max(2, len(leads) / 2)
    return _Shape(kick, kicker_page, one_per_line, _deks(ls), _caps_titles(ls), dated, dated_page, labelled,
                  briefs.wire_briefs(ls, outlets) | labelled | set(review.paragraphs(ls)), briefs.subheads(ls), shouted)


@dataclass
class _Shape:
    """What the whole page shows, for the walk over its lines."""
    kick: list[bool]
    kicker_page: bool
    one_per_line: bool
    deks: set[int]
    caps: bool
    dated: list[bool]
    dated_page: bool
    labelled: set[int]    # paragraphs opening with a bracketed label (briefs.py)
    wired: set[int]       # paragraphs that open items whatever came before: wire briefs, labelled ones
    subheads: set[int]    # headline-like lines inside an item
    shouted: bool         # most bold leads are in capitals ('KICKER: …')


def _head_mode(ls: list[Line], i: int, started: bool, sh: _Shape) -> str:
    """A headline-like line: 'section' (a heading over items), 'titled' or 'headonly'."""
    nxt = next_text(ls, i)
    # at the top of the page, a heading over the first item is the page's own heading;
    # further down, a headline alone is an item of one line (never dropped)
    first = nxt   # (headings over headings at the top: 'Podcast – Episode 12' / 'Chapters' / first item)
    while not started and first >= 0 and ls[first].kind == "head" and not followed_by_text(ls, first) and first not in sh.deks \
            and next_text(ls, first) not in sh.deks:   # (a headline over its dek opens the first item too)
        first = next_text(ls, first)
    over_item = not started and nxt >= 0 and (sh.one_per_line or (ls[first].kind == "head" and first not in sh.deks and (
        followed_by_text(ls, first) or next_text(ls, first) in sh.deks)) or (sh.dated_page and sh.dated[nxt])
        or postblocks.dated_posts(ls, nxt))
    if _section(ls[i], sh.caps) or (sh.kicker_page and nxt >= 0 and sh.kick[nxt]) or attribution.kicker_over(ls, i, nxt) \
            or (nxt >= 0 and (ls[nxt].marker or ls[nxt].kind == "head" and next_text(ls, nxt) in sh.deks)) or over_item or nxt in sh.labelled:
        return "section"
    return "titled" if followed_by_text(ls, i) or nxt in sh.deks else "headonly"


def _dated_paragraphs(ls: list[Line]) -> tuple[list[bool], bool]:
    """Which lines are paragraphs opening with a date, and whether each of them is an item:
    'March 3, 2025: …' paragraphs are, unless most follow a headline of their own ('Headline' / 'March 3,
    2025 — body': wire style; an alert's 'Headline' / 'site.com' / 'May 12, 2025 — snippet' too)."""
    dated = [l.kind == "prose" and l.dated for l in ls]
    # (a heading over a run of them, 'Kurz notiert' / '24.11.2026 – …' / '23.11.2026 – …', is the run's, not the first one's headline)
    headed = sum(1 for i, d in enumerate(dated) if d and not (i + 1 < len(ls) and dated[i + 1])
                 and "head" in (ls[i - 1].kind if i else "", ls[i - 2].kind if i > 1 and ls[i - 1].kind == "outlet" else ""))
    return dated, sum(dated) >= 2 and headed * 2 < sum(dated)


def _kicker_page(ls: list[Line], texts: list[int], kick: list[bool]) -> bool:
    """Bold-lead paragraphs follow one another, and most of the page's prose opens that way
    ('KICKER:' capitals count on their own): two paragraphs of one article that happen to
    open with a short sentence do not make a page of bold-lead items."""
    if not any(kick[a] and kick[b] for a, b in zip(texts, texts[1:])) or _regular_headlines(ls) or kickerheads.regular(ls) \
            or kickerheads.headed(ls, [i for i in texts if kick[i] and ls[i].kind == "prose"]):
        return False
    prose = [i for i in texts if ls[i].kind == "prose" and not ls[i].marker]
    leads = sum(1 for i in prose if kick[i])
    shouted = sum(1 for i in prose if kick[i] and ls[i].lead.isupper())
    return shouted >= 2 or (leads >= 3 and leads >= 0.5 * len(prose))


def _regular_headlines(ls: list[Line]) -> bool:
    """Headline, date, paragraph, paragraph … again and again: the page repeats one item shape
    of two lines or more after each headline, so each headline owns the lines up to the next."""
    heads = [i for i, l in enumerate(ls) if l.kind == "head" and not l.marker]
    shapes = Counter(tuple(l.kind for l in ls[a + 1:b] if l.kind != "furn")
                     for a, b in zip(heads, heads[1:] + [len(ls)]))
    shape, n = shapes.most_common(1)[0] if shapes else ((), 0)
    return len(shape) >= 2 and n >= 3 and n >= 0.6 * len(heads)


def _deks(ls: list[Line]) -> set[int]:
    """Headline + dek pages where the dek has no full stop: headline-like lines come in pairs
    again and again; the second of each pair is the item's text."""
    runs, cur = [], []
    for i, l in enumerate(ls):
        if l.kind in ("furn", "labels", "outlet"):
            continue
        if l.kind == "head" and not l.marker:
            cur.append(i)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    # a dek is the item's whole text: a second line followed by prose is the next item's headline
    pairs = [r for r in runs if len(r) == 2 and words(ls[r[1]].text) > words(ls[r[0]].text) * 0.8
             and not (0 <= next_text(ls, r[1]) and ls[next_text(ls, r[1])].kind == "prose")]
    longer = [r for r in runs if len(r) > 2]
    if len(pairs) >= 2 and len(longer) <= len(pairs) / 3:
        return {r[1] for r in pairs}
    # headline, dek, text again and again ('Headline' / 'Dek without a stop' / 'CITY (Agency) - text'):
    # the dek opens the item's text
    # (not a section's word or two over a longer headline: 'Politica' / 'Il premierato torna in aula')
    over_text = [r for r in runs if len(r) == 2 and 0 <= next_text(ls, r[1]) and ls[next_text(ls, r[1])].kind == "prose"
                 and not attribution.kicker_over(ls, r[0], r[1])]
    if len(over_text) >= 3 and len(over_text) >= 0.6 * len(runs) and len(longer) <= len(over_text) / 3:
        return {r[1] for r in over_text}
    return dekpairs.over_meta(ls) | dekpairs.box_pairs(ls)   # ('Headline' / 'Dek' / 'Redacción' / '13 de octubre de 2026, 18:40' / text)
