"""The countries of an item's tags (issue 14): the place a reader browses a story by first, and
the one labellers give almost every item.

- The page's country (pageplaces.page_country) is given to an item placed nowhere else, at a
  low salience (PAGE_COUNTRY_SALIENCE); the page's region or city (pageplaces.page_place) too.
- A full item keeps a country among its tags where it has one (`with_country`).
- A country's own institution named by a word other countries share ('Senate') is not that
  country's in an item of another (`abroad`).
"""
from __future__ import annotations

from typing import Mapping, Protocol

from . import pageplaces, vocab


class Places(Protocol):
    """What these rules read of the tagger (tagging.Tagger)."""
    lands: frozenset[str]        # countries and regions
    countries: frozenset[str]
    proper: frozenset[str]       # places, people and organisations
    broader: Mapping[str, str]   # narrow theme -> broader theme

    def place(self, slug: str) -> str | None: ...


# the page's country, for an item placed nowhere else: below a subject of its title or lead (4)
# and a theme its text names twice, so it takes the last place of a full item's tags, not a
# subject's (at 2.5 and more it put out an Italian item's 'inflation' on held-out set 4)
PAGE_COUNTRY_SALIENCE = 2.0
# a country of the item's own that a full item keeps: in its title, or implied by a place of the
# title or by two of the lead (a country named once in passing is no place of the story)
COUNTRY_SLOT_MIN = 3.0


def add_page_country(tagger: Places, country: str, scores: dict, first: dict, evidence: dict) -> None:
    """The page's country (pageplaces.page_country) for an item placed nowhere else: a page
    of Nigerian election news is read under Nigeria, items that never name it included. An
    item placed in another country by a place of its own keeps only that one."""
    own = tagger.place(country) if country else None
    if own is None or own in scores:
        return
    rows = vocab.place_rows()
    if any(slug in rows and pageplaces.country_of(slug) not in (None, country) for slug in scores):
        return
    scores[own], first[own] = PAGE_COUNTRY_SALIENCE, float("inf")
    evidence[own] = f"page's country ({rows[country]['name']})"


def add_page_region(tagger: Places, country: str, region: str, scores: dict, first: dict,
                    evidence: dict) -> None:
    """The page's region or city (pageplaces.page_place) for an item placed in no other: a state
    agency's release that names no place is that state's news. An item placed in another
    country or another region keeps its own; on a city's page, one placed in any other city or
    region does too (a province's decision is no city's news)."""
    own = tagger.place(region) if region else None
    if own is None or own in scores:
        return
    rows = vocab.place_rows()
    kind = rows[region]["kind"]
    for slug in scores:
        row = rows.get(slug)
        if row is not None and (pageplaces.country_of(slug) != country or row["kind"] in (kind, "region")):
            return
    scores[own], first[own] = PAGE_COUNTRY_SALIENCE, float("inf")
    evidence[own] = f"page's place ({rows[region]['name']})"


def abroad(tagger: Places, country: str, scores: dict, first: dict, evidence: dict) -> None:
    """A theme of one country (vocab.home_countries: 'US Congress', named by 'Senate' and
    'senators' too) in an item of another country (the page's, or one the item names) and none of
    its own gives way to what it stands for elsewhere: a Kenyan or a Berlin 'Senate' is a
    parliament, a Nigerian 'Navy' is defence (the theme's broader one)."""
    for slug, (home, elsewhere) in vocab.home_countries().items():
        own = tagger.place(home)
        if slug not in scores or own in scores:
            continue
        if not (country and tagger.place(country) != own or any(s in tagger.countries for s in scores)):
            continue
        instead = elsewhere or tagger.broader.get(slug)
        salience, at, phrase = scores.pop(slug), first.pop(slug), evidence.pop(slug, "")
        if instead and instead in tagger.findable and salience > scores.get(instead, 0):
            scores[instead], first[instead] = salience, at
            evidence[instead] = phrase


def with_country(tagger: Places, found: list[str], room: int, scores: dict, named: Mapping[str, str],
                  page: str | None) -> list[str]:
    """The `room` most salient of `found`, and among them a country where the item has one:
    the place a reader browses a story by first, which labellers give almost every item. A
    full item's least salient theme gives way to the item's country (the page's, or one with
    COUNTRY_SLOT_MIN: in the title, or implied by its places), never to a country named once
    in passing; a name (a person, a party, an organisation: what the item is about) never gives
    way, nor does anything where the item has a country of its own already (Scotland is one),
    or a region of another country."""
    topics = found[:room]
    if not topics or len(topics) < room or any(s in tagger.countries or _nation(s) for s in topics):
        return topics
    country = next((s for s in found[room:] if s in tagger.countries
                    and (scores[s] >= COUNTRY_SLOT_MIN or s == page)), None)
    themes = [i for i, s in enumerate(topics) if s not in named and s not in tagger.proper]
    # a region of that country is no country ('Queensland' is read under Australia as well);
    # a region of another places the item there
    if country is None or not themes or any(
            s in tagger.lands and _country(tagger, s) != country for s in topics):
        return topics
    # a broader theme that a narrower one kept implies ('transport' beside 'public-transport')
    # says least: it gives way first
    wider = {tagger.broader.get(s) for s in topics}
    implied = [i for i in themes if topics[i] in wider]
    out = (implied or themes)[-1]
    return topics[:out] + topics[out + 1:] + [country]


def _country(tagger: Places, slug: str) -> str | None:
    """The country (as the tagger names it) a built-in region lies in, or None."""
    country = pageplaces.country_of(slug)
    return tagger.place(country) if country else None


def _nation(slug: str) -> bool:
    """A region its state calls a country (Scotland, Wales): its readers browse it as theirs."""
    return vocab.place_rows().get(slug, {}).get("subdivision") == "country"
