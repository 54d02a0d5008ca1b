"""The quick path of `build`: when the only change since the last build is to the bodies of a few
articles, rebuild in time that does not grow with the archive.

The full build finds out (chronicle/withheld.py) whether any layout shows an article's body on
another page, and where each article page holds its own body (its "holes"); it saves that with
the stat key of every document and the stat key, size and digest of every output file, and in
quick.cbor what turns a document into an article (config, link targets, topic aliases) with
a digest of each article's fields other than its body. When every edited article keeps those
fields, its page is the old bytes with the new body put into the holes; its entries are made
again in the feeds that carry it; the offline manifest and service worker are made again from
the saved digests, and the zip is patched. Byte-identical to a full build (tests/test_quick.py).
Anything else (a file added, removed or renamed, another field changed, an error, search on,
the output folder touched since) returns None, and the full build runs.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from .cache import BuildCache, state_bytes
from .reuse import QuickFacts, read_quick_facts
from .state import BuildState, Outputs
from ..source.documents import mark_draft_titles, read_document, to_article
from ..outputs.feeds import ENTRY_LAYOUT, feed_sources, replace_entries, topic_labels, with_content
from .holes import fill_holes
from ..model import Article, OutputFile, SiteIndex, record_of
from ..write import folder_identity, patch_site
from ..outputs.offlineparts import SUMMARY, summary
from ..outputs.serviceworker import OFFLINE_MANIFEST, SERVICE_WORKER, file_records, in_manifest, refreshed_offline_files
from ..outputs.sitezip import SITE_ZIP, patch_zip, zip_folder_name

# More edited files than this and a full build costs about the same.
PATCH_LIMIT = 50


def fields_digest(article: Article) -> bytes:
    """A digest of everything about an article but its body."""
    return hashlib.sha256(repr(replace(article, body_html="", body_text="")).encode("utf-8", "surrogatepass")).digest()


def feeds_of(index: SiteIndex, config: Any) -> dict[str, tuple[str, ...]]:
    """Article page path -> the feeds that carry it."""
    found: dict[str, list[str]] = {}
    for path, _, _, articles in feed_sources(index, config):
        for article in articles[: config.feed_entries]:
            found.setdefault(article.page_path, []).append(path)
    return {page: tuple(paths) for page, paths in found.items()}


def quick_facts(settings: str, config: Any, targets: dict, aliases: dict, articles: tuple[Article, ...],
                index: SiteIndex) -> QuickFacts:
    """What the quick path needs to make and check the edited articles (and their feed entries)."""
    return QuickFacts(settings, config, targets, aliases,
                      {a.path: fields_digest(a) for a in articles if a.kind == "article"}, topic_labels(index))


def quick_build(options: Any, cache: BuildCache, settings: str, stats: dict[str, tuple]) -> tuple[int, int] | None:
    """-> (articles in the site, files written), or None when a full build is needed."""
    state = cache.state
    if options.search or options.dev or state is None or state.stats.keys() != stats.keys():
        return None
    last = cache.outputs()
    if last.quick is None or last.needy:
        return None
    edited = [shown for shown, (_, _, stat) in stats.items() if stat != state.stats[shown]]
    if not edited or len(edited) > PATCH_LIMIT:
        return None
    facts = read_quick_facts(cache)
    if facts is None or facts.settings != settings or not cache.output_intact(options.out_dir):
        return None
    fresh = _edited_articles(options, facts, stats, edited)
    made = None if fresh is None else _changed_files(options, facts, last, fresh)
    if made is None:
        return None
    changes, holes = made
    following: list[tuple[BuildState, Outputs, bytes]] = []

    def prepare(keys: dict[str, tuple[int, int, int]]) -> None:   # while the new files flush
        new_state = replace(state, stats={**state.stats, **{shown: stats[shown][2] for shown in edited}},
                            output_stats={**state.output_stats, **keys})
        new_outputs = _next_outputs(last, changes, holes)
        following.append((new_state, new_outputs, state_bytes(new_state, new_outputs)))

    def save() -> None:   # once the new site is in place
        new_state, new_outputs, bulk = following[0]
        cache.save(replace(new_state, site_identity=folder_identity(options.out_dir)), new_outputs, bulk)
    if not changes:
        prepare({})
        save()
    elif not patch_site(options.out_dir, cache.folder / "spare", changes, (SITE_ZIP,), meanwhile=prepare, then=save):
        return None
    return state.articles, len(changes)


def _edited_articles(options: Any, facts: QuickFacts, stats: dict[str, tuple], edited: list[str]) -> dict[str, Article] | None:
    """Page path -> new version of each edited article, when only its body changed."""
    fresh: dict[str, Article] = {}
    for shown in edited:
        rel, kind, _ = stats[shown]
        doc, errors = read_document(options.content_dir / rel, kind, shown)
        if errors or doc is None or kind != "article" or shown not in facts.fields:
            return None
        article, errors = to_article(doc, facts.config, facts.targets, facts.aliases, {}, keep_text=options.search)
        if options.drafts:
            article = mark_draft_titles([article])[0]
        if errors or fields_digest(article) != facts.fields[shown]:
            return None
        fresh[article.page_path] = article
    return fresh


def _changed_files(options: Any, facts: QuickFacts, last: Outputs,
                   fresh: dict[str, Article]) -> tuple[dict[str, bytes], dict[str, tuple]] | None:
    """Every output whose bytes change and the new holes of the edited pages, or None when the
    quick path cannot make one of them."""
    out_dir, records, quick = options.out_dir, last.records, last.quick
    made: list[OutputFile] = []
    feeds: set[str] = set()
    holes: dict[str, tuple] = {}
    for path, article in fresh.items():
        if path not in quick.holes:
            return None
        data, holes[path] = fill_holes(_read(out_dir, path), quick.holes[path], article.body_html.encode("utf-8"))
        made.append(OutputFile(path, data))
        feeds.update(quick.feeds_of.get(path, ()))
    entries = _feed_entries(options, facts, [a for p, a in fresh.items() if quick.feeds_of.get(p)])
    if entries is None:
        return None
    for path in sorted(feeds):
        data = replace_entries(_read(out_dir, path), [entries[p, with_content(path)] for p in fresh
                                                      if path in quick.feeds_of.get(p, ())])
        if data is None:
            return None
        made.append(OutputFile(path, data))
    changes = {f.path: f.data for f in made if records.get(f.path) != record_of(f.data)}
    if not changes:
        return {}, holes
    new_records = {**records, **file_records(made)}
    if SUMMARY in records:   # the offline summary's total and version, before the worker's version
        made_summary = summary(new_records, sorted(p for p in new_records if in_manifest(p)))
        new_records.update(file_records([made_summary]))
        if records[SUMMARY] != new_records[SUMMARY]:
            changes[SUMMARY] = made_summary.data
    offline = refreshed_offline_files(new_records, _read(out_dir, OFFLINE_MANIFEST), _read(out_dir, SERVICE_WORKER))
    if offline is None:
        return None
    for f in offline:
        if records.get(f.path) != new_records[f.path]:
            changes[f.path] = f.data
    if facts.config.download_zip:
        splice = patch_zip(os.path.join(out_dir, SITE_ZIP), changes, zip_folder_name(facts.config.title))
        if splice is None:
            return None
        changes[SITE_ZIP] = splice
    return changes, holes


def _feed_entries(options: Any, facts: QuickFacts, articles: list[Article]) -> dict[tuple[str, bool], str] | None:
    """(page path, with its full text) -> the article's feed entry, rendered by the site's entry
    layout; None when that fails (the full build then reports why, with the line), or for an
    undated article, whose entry's date comes from other articles (feeds.undated_stand_ins)."""
    if not articles:
        return {}
    if any(a.date is None for a in articles):
        return None
    # Jinja is imported here, not at the top: the up-to-date check waits for this module's
    # imports, and most quick builds change no feed
    import jinja2
    from ..render.environment import make_environment
    try:
        module = make_environment(options.layouts_dir).get_template(ENTRY_LAYOUT).make_module({"site": facts.config})
        return {(a.page_path, full): str(module.entry(a, full, facts.labels)) for a in articles for full in (True, False)}
    except (jinja2.TemplateError, AttributeError):   # AttributeError: a layout without the macro
        return None


def _read(out_dir: Path, path: str) -> bytes:
    with open(os.path.join(out_dir, path), "rb") as fh:
        return fh.read()


def _next_outputs(last: Outputs, changes: dict[str, bytes], holes: dict[str, tuple]) -> Outputs:
    """The outputs of the last build brought up to date, so the next build starts from this one."""
    return replace(
        last,
        records={**last.records, **{path: record_of(data) for path, data in changes.items() if path != SITE_ZIP}},
        # pages this build rendered have no fingerprint: the next full build renders them again
        pages={p: f for p, f in last.pages.items() if p not in changes},
        quick=replace(last.quick, holes={**last.quick.holes, **holes}))
