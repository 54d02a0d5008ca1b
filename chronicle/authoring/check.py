"""`build.py check`: read everything, build nothing, report every problem at once.

Each problem is a ChronicleError with path, line and (where it can be known) column:
the CLI prints `path:line:col: error|warning: message`. The checks reuse the build's own
loaders (so `check` and `build` can never disagree about what is an error) and add what
only a checker needs: the exact line and column of a tag, an id or a link, and a
"did you mean" when a tag, a field name or a linked file name is close to a real one.
"""
from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..build.options import BuildOptions
from ..dates import month_label
from ..build.siteconfig import read_config
from ..source import frontmatter
from ..config import Config, default_config
from ..source.documents import (link_targets, load_documents, tag_collisions, to_article, topic_aliases,
                                 unpublished_targets)
from ..source.readfile import read_regular
from ..source.scan import NOT_DOCUMENTS, find_markdown_files, shown_path
from .places import Fields, Where
from .placeholder import doubled_base_path, placeholder_url
from ..errors import ChronicleError, ContentError, ContentWarning, ErrorList
from ..model import Article, Document
from ..source.slugs import page_slug, tag_slug


@dataclass(frozen=True)
class Checked:
    problems: list[ChronicleError]   # sorted by path, line, column
    # the published documents as the build's load makes them when there is no error (a published
    # document's links then reach only published ones), in its order: what threads are found from
    articles: tuple[Article, ...]


def run_check(content_dir: Path, config_path: Path, shown_base: Path | None = None,
              base_path: str | None = None) -> list[ChronicleError]:
    """Every error and warning in the config and the content, sorted by path, line, column;
    `base_path` the build's (--base-path), when it has one."""
    return check_content(content_dir, config_path, shown_base, base_path).problems


def check_content(content_dir: Path, config_path: Path, shown_base: Path | None = None,
                  base_path: str | None = None) -> Checked:
    """run_check's problems, and the articles `check` finds the story threads in."""
    problems: list[ChronicleError] = []
    config = _read_config(config_path, shown_base, problems, base_path)
    config_shown = shown_path(config_path, shown_base)
    problems += [w for w in (placeholder_url(config, config_shown), doubled_base_path(config, config_shown)) if w]

    # Drafts are checked too: they are published one day.
    docs, errors = load_documents(content_dir, include_drafts=True, shown_base=shown_base)
    problems.extend(_explain(e, shown_base) for e in errors)
    where, loaded = Where(shown_base), {doc.path: doc for doc in docs}
    _relocate_duplicate_ids(problems, where, loaded)
    for path, kind in find_markdown_files(content_dir):
        if kind in NOT_DOCUMENTS:
            continue  # a link out of the content folder, a linked or unreadable folder: reported by the loader
        shown = shown_path(path, shown_base)
        # files that failed to load are checked for misspelt fields too ("tittle" explains a missing title);
        # a loaded one has a field Chronicle does not know only if its `extra` holds one
        if shown not in loaded or loaded[shown].extra:
            problems.extend(_unknown_fields(shown, where(shown)))

    every_target = link_targets(docs)
    published = link_targets([d for d in docs if not d.draft])  # what `make site` will resolve links against
    aliases = topic_aliases(config)
    problems.extend(tag_collisions(docs, aliases))
    unreadable = unpublished_targets([shown_path(p, shown_base) for p, _ in find_markdown_files(content_dir)], docs, [])
    guesser = _FileGuesser(sorted({_link_stem(doc) for doc in docs}))
    today = dt.date.today()   # only this warning reads the clock: the build's output never does
    articles = []
    for doc in docs:
        article, errs = to_article(doc, config, every_target if doc.draft else published, aliases,
                                   unpublished=unreadable)
        if not doc.draft:
            articles.append(article)
        for err in errs:
            problems.append(_explain_link(err, doc, guesser, every_target))
        if config.topics and not doc.imported_from:
            problems.extend(_unknown_tags(doc, article.tags, config, config_shown, aliases, where))
        if doc.date and doc.date > today:
            problems.append(_future(doc, today, where))

    for p in problems:
        if p.line is not None and p.col is None:
            p.col = 1
    return Checked(sorted(_unique(problems), key=ChronicleError.sort_key), tuple(articles))


# --- config -----------------------------------------------------------------------------------

def _read_config(config_path: Path, shown_base: Path | None, problems: list, base_path: str | None = None) -> Config:
    try:
        return read_config(BuildOptions(config_path=config_path, base_path=base_path))
    except ErrorList as exc:
        found = exc.errors
    except ChronicleError as exc:
        found = [exc]
    shown = shown_path(config_path, shown_base)
    for err in found:
        if err.path == str(config_path):
            err.path = shown
        problems.append(err)
    return default_config(shown)  # keep checking the content with no topics known


# --- checks the build does not make -------------------------------------------------------------

def _future(doc: Document, today: dt.date, where: Where) -> ContentWarning:
    """A date after today is published as it is (nothing is scheduled): it leads the home page and
    the feeds until then, which a mistyped year (2052) makes years."""
    line, col = where(doc.path).keys.get("date", (1, 1))
    return ContentWarning(doc.path, line, f"'date' {doc.date.isoformat()} is after today ({today.isoformat()}): the article is "
                                          "published now and listed first until that day; check the year", col)


def _unknown_tags(doc: Document, slugs: tuple[str, ...], config: Config, config_shown: str,
                  aliases: dict[str, str], where: Where) -> list[ChronicleError]:
    warnings: list[ChronicleError] = []
    positions: dict[str, tuple[int, int]] = {}
    seen: set[str] = set()
    for name in doc.tag_names:
        slug = aliases.get(tag_slug(name), tag_slug(name))
        if not slug or slug in config.topics or slug in seen:
            continue
        seen.add(slug)
        if not positions:   # the file is read again only for a tag to warn about
            fields = where(doc.path)
            for typed, line, col in fields.tags:
                positions.setdefault(typed, (line, col))
            positions[""] = fields.keys.get("tags", (1, 1))
        line, col = positions.get(name, positions[""])
        message = f"tag '{name}' is not a topic in {config_shown}"
        guess = _closest(tag_slug(name), list(aliases))
        if guess:
            message += f"; did you mean '{aliases[guess]}'?"
        else:
            message += " (it still gets a page of its own; add it under 'topics:' to name and describe it)"
        warnings.append(ContentWarning(doc.path, line, message, col))
    return warnings


def _unknown_fields(shown: str, where: Fields) -> list[ChronicleError]:
    """Extra fields are allowed (templates may use them), but a near-miss of a known one is a typo."""
    warnings: list[ChronicleError] = []
    for name, (line, col) in where.keys.items():
        if name in frontmatter.KNOWN_FIELDS:
            continue
        guess = _closest(name.lower(), list(frontmatter.KNOWN_FIELDS))
        if guess:
            warnings.append(ContentWarning(
                shown, line, f"unknown field '{name}'; did you mean '{guess}'? (as written it is ignored)", col))
    return warnings


def _relocate_duplicate_ids(problems: list[ChronicleError], where: Where, loaded: dict[str, Document]) -> None:
    for p in problems:
        if p.message.startswith("duplicate id ") and p.path in loaded and "id" in where(p.path).keys:
            p.line, p.col = where(p.path).keys["id"]


def _link_stem(doc: Document) -> str:
    return Path(doc.path).name


def _explain_link(err: ChronicleError, doc: Document, guesser: _FileGuesser, every_target: dict[str, str]) -> ChronicleError:
    """Point a broken link at its own line and column, and suggest the file the writer probably meant."""
    m = re.match(r"link to '(.*)': ", err.message)
    if not m:
        return err
    target = m.group(1)
    where = _locate_body(doc, target, err.line)
    line, col = where if where else (err.line, None)
    name = target.split("#", 1)[0].rsplit("/", 1)[-1]
    if page_slug(Path(name).stem) in every_target:
        message = (f"link to '{target}': that article is a draft, so the published site would have a broken link; "
                   "publish it (remove 'draft: true') or remove the link")
        return ContentError(err.path, line, message, col)
    message = err.message
    guess = guesser.guess(name)
    if guess:
        message += f"; did you mean '{guess}'?"
    return ContentError(err.path, line, message, col)


def _locate_body(doc: Document, target: str, near: int | None) -> tuple[int, int] | None:
    lines = doc.body.split("\n")
    start = max(0, (near or doc.body_line) - doc.body_line)
    for i in range(start, len(lines)):
        col = lines[i].find(f"({target}")
        if col >= 0:
            return doc.body_line + i, col + 2
    return None


def _closest(word: str, candidates: list[str]) -> str | None:
    if not word:
        return None
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
    return matches[0] if matches else None


class _FileGuesser:
    """The file a broken link probably meant, by page name, so '2025-03-05-eu-sumit.md' finds
    '2025-03-05-eu-summit.md'. A guess compares the link with every file: 3,000 broken links in an
    archive of 2,000 articles kept check busy 160 s (the names were also slugged again for each),
    so only the first MAX_GUESSES broken links get one; past that many, the cause is rarely a typo."""

    MAX_GUESSES = 25

    def __init__(self, file_names: list[str]):
        self.by_slug = {page_slug(Path(f).stem): f for f in file_names}
        self.slugs = list(self.by_slug)
        self.left = self.MAX_GUESSES

    def guess(self, name: str) -> str | None:
        if self.left <= 0:
            return None
        self.left -= 1
        found = _closest(page_slug(Path(name).stem), self.slugs)
        return self.by_slug[found] if found else None


def _explain(err: ChronicleError, shown_base: Path | None) -> ChronicleError:
    """Add the why and the fix to the loader's terse messages (same location, same severity)."""
    m = re.match(r"'date' (\d{4})-(\d{2})-(\d{2}) is not a real date$", err.message)
    if m:
        year, month, day = (int(g) for g in m.groups())
        if not 1 <= month <= 12:
            why = f"there is no month {month:02d}; dates are YYYY-MM-DD, year first, then month"
        elif year == 0:   # was 'January 0 has 31 days'
            why = "there is no year 0; years run from 0001 to 9999"
        else:
            days = calendar.monthrange(year, month)[1]
            why = f"{month_label(year, month)} has {days} days"
        err.message += f" ({why})"
    elif err.message.startswith("YAML syntax error: "):
        _explain_yaml(err, shown_base)
    return err


def _explain_yaml(err: ChronicleError, shown_base: Path | None) -> None:
    """PyYAML reports where it gave up; the writer needs where the mistake started, and how to fix it."""
    if "mapping values are not allowed" in err.message and "quote" not in err.message:
        err.message += "; a value containing ': ' must be quoted, e.g. title: \"Breaking: talks collapse\""
        return
    path = Path(err.path) if shown_base is None else Path(shown_base) / err.path
    try:
        text = frontmatter.normalise_text(read_regular(path, err.path, ContentError), err.path)
        yaml_text, first, _body, _line = frontmatter.split(text, err.path)
        yaml.compose(yaml_text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.context_mark
        if not exc.context or mark is None or mark.line + first == (err.line or 0):
            return
        if "quoted scalar" in exc.context:
            # point at the opening quote, which is where the fix goes
            err.line, err.col = mark.line + first, mark.column + 1
            err.message = "YAML syntax error: the quote that starts here is never closed; add the closing quote"
        else:
            err.message += f" ({exc.context} that starts on line {mark.line + first}, column {mark.column + 1})"
    except (OSError, ChronicleError, yaml.YAMLError):
        pass


def _unique(problems: list[ChronicleError]) -> list[ChronicleError]:
    seen: set[tuple] = set()
    out = []
    for p in problems:
        key = (p.severity, *p.sort_key())
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
