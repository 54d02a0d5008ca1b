"""What readers hand to the writer: stories found in one digest. No I/O."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class Story:
    """One article as read from a digest, before clean-up, tagging and writing."""
    line: int                       # 1-based line where the story starts in the raw file
    paras: list[str]
    title: str = ""                 # the source's own title; empty when it prints none
    date: dt.date | None = None
    date_basis: str = ""
    source: str = ""
    url: str = ""
    labels: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # fields it could not determine, and why


@dataclass
class Parsed:
    layout: str
    stories: list[Story]
    page_labels: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lang: str = ""          # the page's language when a reader knows it (en, de, fr, es, it)
    page_topic: tuple[str, ...] = ()   # a page's own headings ('Space'): the first that names a topic tags every item
    page_places: frozenset[str] = frozenset()   # the countries the page names (pageplaces.py)
    page_country: str = ""   # the country most of the page's lines are placed in, if one (pageplaces.py)
    page_region: str = ""    # and the region or city of it the page is about, if one (pageplaces.page_place)
    page_theme: str = ""     # the broad theme half its paragraphs name, if one (pagethemes.py)
    page_publisher: str = ""   # the institution whose own news page it is, if one (pagepublisher.py)
    page_remit: str = ""     # the theme that institution's name gives it ('… protezione dei dati …'; pagecontext.remit)
    # The evidence reader's items not yet read into stories (`stories` is then empty): each is
    # read by `read_item` where it is composed (drafting.py: on every core, not in the one process
    # that parses the page); `read_all` reads them here.
    items: list[Any] = field(default_factory=list)
    read_item: Callable[[Any], Story] | None = None

    def to_read(self) -> list[Any]:
        """What becomes the articles, in order: the stories, or the items still to read into them."""
        return self.items if self.read_item else self.stories

    def story_of(self, item: Any) -> Story:
        """The story of one of `to_read()`."""
        return self.read_item(item) if self.read_item else item

    def read_all(self) -> "Parsed":
        if self.read_item:
            self.stories = [self.read_item(i) for i in self.items]
            self.items, self.read_item = [], None
        return self


@dataclass(frozen=True)
class Context:
    captured: dt.date | None
    war_day_epoch: dt.date
    promos: tuple[re.Pattern, ...] = ()
    furniture: tuple[re.Pattern, ...] = ()
    captions: tuple[re.Pattern, ...] = ()


# Page furniture: lines that are never part of a body. Whole-line, case-insensitive.
FURNITURE = (
    r"source|sources|related articles|related|related stories|read also|read more|see also|leave a reply|"
    r"leave a comment|back to top( button)?|share( this( article)?)?|tags?:?|advertisement|comments?|"
    r"your email address will not be published\.?.*|required fields are marked \*?|"
    r"sign up for .*|subscribe( now)?|most read|trending|you may also like|more from .*",
)
# Credit lines that follow an image caption.
CAPTIONS = (r"contributor|photo|photograph|image|credit|getty images|reuters|afp|ap|epa|anadolu|tass|"
            r"(photo|image|credit)s?:.*|©.*",)
TERMINAL = re.compile(r"^(source|sources|related articles|related stories|leave a reply|leave a comment|"
                      r"back to top( button)?|you may also like|most read|comments?)$", re.I)


def is_prose(line: str, min_len: int = 120) -> bool:
    """A body-like line: long, or ending like a sentence and several words long."""
    s = line.strip()
    return len(s) >= min_len or (len(s.split()) >= 12 and s[-1:] in ".!?\"”’…")
