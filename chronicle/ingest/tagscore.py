"""How salient each topic is in an article: title mentions weigh 4, lead 2, body 1; a topic
mentioned once, late in a long text, is no subject of it. A narrow theme implies its broader one
at half its salience, when it is a subject itself."""
from __future__ import annotations

from typing import Mapping


def salience(finder, title: str, lead: str, body: str, german: bool = False, lang: str = ""):
    """(salience, first offset, evidence phrase) per topic slug found by finder (an AliasFinder)."""
    in_title: dict[str, int] = {}
    in_lead: dict[str, int] = {}
    hits: dict[str, list[int]] = {}
    evidence: dict[str, str] = {}
    def found(text: str, title: bool = False) -> list[tuple[str, int, str]]:
        return [h for h in finder.find(text, title=title, german=german, lang=lang)
                if finder.read_in(h[2], lang) and not finder.an_amount(text, h[1], h[2])]
    for slug, _, phrase in found(title, title=True):
        in_title[slug] = in_title.get(slug, 0) + 1
        evidence.setdefault(slug, phrase)
    in_body = found(body)
    # a short item's lead is its whole text (all 4,662 of the 1 MB digest's): found once
    for slug, _, phrase in in_body if lead == body else found(lead):
        in_lead[slug] = in_lead.get(slug, 0) + 1
        evidence.setdefault(slug, phrase)
    for slug, pos, phrase in in_body:
        hits.setdefault(slug, []).append(pos)
        evidence.setdefault(slug, phrase)
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    length = len(body)
    early_slugs = set()
    for slug in sorted(set(in_title) | set(hits)):
        h = hits.get(slug, [])
        early = bool(in_title.get(slug) or in_lead.get(slug) or (h and h[0] < 400))
        if not early and len(h) < 2 and length > 1500:
            continue
        scores[slug] = 4 * in_title.get(slug, 0) + 2 * in_lead.get(slug, 0) + len(h) + (1 if early else 0)
        first[slug] = min(h) if h else -1
        if early:
            early_slugs.add(slug)
    if scores and length > 1500:   # in a long article, a late passing mention is not a subject
        top = max(scores.values())
        for slug in [s for s in scores if s not in early_slugs and scores[s] < min(3, 0.1 * top)]:
            del scores[slug]
    return scores, first, evidence


_IMPLIED = 1_000_000   # added to an implied theme's offset: after any offset of a text


def widen(broader: Mapping[str, str], scores: dict, first: dict, evidence: dict,
          lands: frozenset[str] = frozenset()) -> None:
    """A narrow theme implies its broader one ('fracking' -> oil), at half the narrow one's
    salience, so a theme the text names itself keeps its place; the evidence is the narrow phrase.
    Only a narrow theme that is a subject itself (salience 4: in the title, or the lead and more)
    implies one: a crash on a motorway in a text's body is no story about infrastructure.
    The places a country or region holds add up (`lands`): a story of Cork and of Kerry is an
    Irish story as much as either town's. Themes do not: two kinds of oil story are no more an
    oil story than one (summing them cost five labelled sets a tag)."""
    summed: dict[str, float] = {}
    for slug in sorted(scores, key=lambda s: (-scores[s], s)):
        if scores[slug] < 4:
            continue
        implied, up, seen = scores[slug] / 2, broader.get(slug), {slug}
        while up and up not in seen:   # wind power -> renewable energy -> energy: each a subject
            seen.add(up)
            if up in lands:
                implied = summed[up] = summed.get(up, 0) + implied
            if implied > scores.get(up, 0):
                scores[up] = implied
                # a theme only implied ranks after a topic the text names as often ('parliament' from
                # 'Bundestag' after the 'Lithuania' of its body); a place implied by its towns does not
                at = first[slug] if up in lands else _IMPLIED + first[slug]
                first[up] = at if up not in first else min(first[up], at)
                evidence.setdefault(up, evidence[slug])
            up, implied = broader.get(up), implied / 2
