"""Which field of a JSON export's records is the title, the text, the date, the link, the outlet
and the tags: from the key's name (in English, German, French, Spanish and Italian, as apps name
them: `publishedAt`, `created_utc`, `Schlagzeile`, `titre`, `fecha`), where it sits (`source.name`
is an outlet, `origin.title` too, `attachments[0].title` a title), and from the values (a field
whose values are dates is the date; of two unnamed text fields the shorter, reading like a
headline, is the title and the longer the text). Each role gets its fields in order of preference:
a record without the first takes the next."""
from __future__ import annotations

import re
from collections import defaultdict

from . import when
from .jsonexport_values import date_of, is_rich, is_url, text_of

# key names (lower case, without '_', '-', spaces) by role, most preferred first
NAMES = {
    "title": "title headline heading subject resolvedtitle giventitle storytitle linktitle titel überschrift "
             "uberschrift schlagzeile titre título titulo titular titolo",
    "body": "text body content selftext contenttext contenthtml storytext commenttext message description summary "
            "excerpt snippet abstract lead teaser note notes inhalt beschreibung zusammenfassung texte contenu "
            "résumé resume chapeau extrait contenido cuerpo resumen descripción descripcion testo contenuto sommario "
            "riassunto estratto",
    "date": "published publishedat datepublished pubdate date datetime created createdat createdutc creationdate "
            "posted postedat time timestamp ts seendate added timeadded dateadded datum veröffentlicht veroffentlicht "
            "erschienen publié publie fecha publicado pubblicato data updated updatedat modified crawled",
    "url": "url link href permalink uri canonical canonicalurl givenurl resolvedurl sourceurl articleurl storyurl "
           "titlelink fromurl originalurl lien enlace collegamento",
    "source": "source sourcename publisher publication sitename site outlet domain feed feedtitle origin forwardedfrom "
              "newspaper servicename provider domainmetadata quelle medium media média zeitung journal fuente medio "
              "periódico periodico fonte testata",
    "tags": "tags labels categories category keywords topics hashtags tag schlagworte schlagwörter stichworte themen "
            "kategorien étiquettes etiquettes motsclés motscles etiquetas categorías categorias categorie "
            "parolechiave",
}
# a record's last change or the app's fetch is its date only when it states no other
_LATE = frozenset("updated updatedat modified crawled".split())
ROLE = {w: (role, n + 900 * (w in _LATE)) for role, words in NAMES.items() for n, w in enumerate(words.split())}
# part of a name, ranked after the names above ('date_publication' and 'publication_date' before
# an exact 'updated'): 'published_on', 'article_title', 'lien_article'
_STEMS = (("title", 500, re.compile(r"title|titel|titre|t[ií]tulo|titolo|headline")),
          ("source", 500, re.compile(r"source|publisher|outlet|quelle|fuente|fonte")),   # before 'publi'
          ("date", 100, re.compile(r"publi|pubbli|pubdate|erschien|ver[öo]ffentlicht")),
          ("date", 500, re.compile(r"date|datum|fecha|created|posted|timestamp|zeit")),
          ("url", 500, re.compile(r"url$|link$|^link|^lien|enlace")),
          ("body", 500, re.compile(r"text|content|summary|descr|excerpt|inhalt|contenu|résumé|resumen|testo")))
# fields that are never the item's words: who wrote or posted it, ids, pictures, the app's own kinds
_NOT = re.compile(r"author|user|^from$|^by$|creator|owner|actor|autor|auteur|verfasser|screenname|displayname|"
                  r"^id$|ids?$|^type$|subtype|^kind$|lang|image|img|thumb|avatar|icon|photo|picture|logo|favicon|"
                  r"video|media(?:url|type)|profile|^mime|^file|^sticker|reply|replies|^score$|^ups$|count$|^cw$")
_MOST_FIELDS = 8
_LEAF_NAME = frozenset(("name", "title", "label", "displayname", "sitename", "href", "url"))


def _norm(key: object) -> str:
    return re.sub(r"[\W_]+", "", str(key).lower())


def role_of(path: tuple) -> tuple[str, int] | None:
    """The role a field's name gives it, with its rank among that role's names (lower first)."""
    # keys starting '_' are the app's own ('_tags', '_id'), or a wrapper around the record
    # (Elasticsearch's '_source'), which names no role of what is in it
    keys = [_norm(k) for k in path if not isinstance(k, int) and not str(k).startswith("_")]
    if not keys or str(path[-1]).startswith("_"):
        return None
    last = keys[-1]
    for parent in keys[:-1]:   # 'source.name', 'origin.title', 'feed.title': the outlet; its address
        if ROLE.get(parent, ("",))[0] == "source":   # ('origin.htmlUrl') is the outlet's, not the item's
            return ("source", ROLE[parent][1]) if last in _LEAF_NAME - {"href", "url"} else None
    if last in ("href",) and len(keys) > 1:
        return "url", 500
    if _NOT.search(last):
        return None
    if last in ROLE:
        return ROLE[last]
    return next(((role, rank) for role, rank, stem in _STEMS if stem.search(last)), None)


def fields_of(record: dict, depth: int = 3) -> dict[tuple, object]:
    """path -> value for the record's fields, objects opened `depth` levels down; of a list of
    objects the first is opened (Slack's `attachments[0]`), unless it is a list of tags."""
    out: dict[tuple, object] = {}
    todo = [((), record)]
    while todo:
        path, obj = todo.pop()
        for key, value in list(obj.items())[:200]:
            here = (*path, key)
            if isinstance(value, dict) and len(here) < depth:
                out[here] = value   # (an outlet may be an object: `source: {id, name}`)
                todo.append((here, value))
            elif (isinstance(value, list) and value and isinstance(value[0], dict) and not is_rich(value)
                  and len(here) < depth and (role_of(here) or ("",))[0] != "tags"):
                out[here] = value
                todo.append(((*here, 0), value[0]))
            else:
                out[here] = value
    return out


def roles(records: list[dict[tuple, object]]) -> dict[str, list[tuple]]:
    """role -> the fields that hold it, best first, for records read by `fields_of`."""
    paths: dict[tuple, list] = defaultdict(list)   # (in one pass: records with keys of their own are many paths)
    for rec in records:
        for p, value in rec.items():
            if value not in (None, "", [], {}):
                paths[p].append(value)
    ranked: dict[str, list[tuple[tuple, tuple]]] = defaultdict(list)
    for p in sorted(paths, key=lambda p: (len(p), [str(k) for k in p])):
        named, values = role_of(p), paths[p]
        role = named[0] if named else _by_values(p, values)
        if role in ("source", "title", "body") and _dated(values):   # 'publication': a name, or its date
            role, named = "date", ("date", 600)
        if role and _fits(role, values, bool(named)):
            ranked[role].append(((named[1] if named else 1000, len(p)), p))
    # the best few fields per role: each record is asked for them in turn
    out = {role: [p for _, p in sorted(found, key=lambda x: x[0])][:_MOST_FIELDS] for role, found in ranked.items()}
    if "title" not in out and "body" in out:
        out = _title_by_length(records, out)
    if "title" in out and "body" in out:   # the text beside the title (a shared link's unfurl) first
        parent = out["title"][0][:-1]
        out["body"].sort(key=lambda p: p[:-1] != parent)
    return out


def _dated(values: list) -> bool:
    return sum(1 for v in values if date_of(v, False)) >= 0.8 * len(values)


def _by_values(path: tuple, values: list) -> str | None:
    """The role of an unnamed field from what most of its values are."""
    if _NOT.search(_norm(path[-1])):
        return None
    if sum(1 for v in values if date_of(v, False)) >= 0.6 * len(values):   # (ISO: epochs need a name)
        return "date"
    if sum(1 for v in values if is_url(v)) >= 0.6 * len(values):
        return "url"
    if sum(1 for v in values if isinstance(v, str) and len(v.split()) >= 3 or is_rich(v)) >= 0.6 * len(values):
        return "body"
    return None


def _fits(role: str, values: list, named: bool) -> bool:
    """A named field is kept when its values can be what its name says (a `date` that is a
    number of days, a `link` that is an object: not)."""
    if role == "date":
        return any(date_of(v, named) or isinstance(v, str) and _stated(v) for v in values[:50])
    if role == "url":
        return any(is_url(v) for v in values[:50])
    if role in ("title", "body"):
        return any(text_of(v) for v in values[:50])
    return True


def _stated(value: str) -> bool:
    """A date written as people write it ('03.03.2025', '3. März 2025'), not a relative one."""
    return any(d.kind != "relative" for d in when.find_dates(value[:100]))


def _title_by_length(records: list[dict], found: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """Two text fields and no title named: the shorter one, when it reads like a headline (3 to 25
    words, one line, different in each record) is the title."""
    def mean(p):
        texts = [t.text for t in (text_of(r.get(p)) for r in records) if t]
        return sum(len(t) for t in texts) / max(1, len(texts)), texts
    scored = [(mean(p), p) for p in found["body"]]
    heads = [(m, p) for (m, texts), p in scored if 15 <= m <= 200 and _headlines(texts)]
    if len(scored) >= 2 and heads:
        (m, title) = min(heads)
        if max(s for (s, _), _ in scored) > 2 * m:
            return {**found, "title": [title], "body": [p for p in found["body"] if p != title]}
    return found


def _headlines(texts: list[str]) -> bool:
    lines = [t for t in texts if "\n" not in t and 3 <= len(t.split()) <= 25]
    return len(lines) >= 0.8 * len(texts) and len(set(texts)) >= 0.8 * len(texts)
