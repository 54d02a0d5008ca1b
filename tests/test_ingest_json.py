"""Digests that are JSON exports (issue 14): small exports written for these tests in the shapes
apps write (NewsAPI, Telegram, Slack, Mastodon, Reddit, JSON Lines, an unknown app's German or
French keys, keys named nothing at all), each ingested by the real `build.py ingest` (in process,
one run for the module) and judged by the Markdown it writes: titles, dates, outlets, links and
bodies as a reader of the export expects them, service records reported and not made articles.
Then hostile exports: cut short, nested deep, a huge string, records of mixed types, 50,000
records, `__proto__` keys, markup and script in values (escaped on the built site)."""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
from html.parser import HTMLParser

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from chronicle.cli import main
from chronicle.ingest import jsonexport
from chronicle.ingest.formats import Unreadable
from chronicle.ingest.model import Context

D = dt.date
_CTX = Context(captured=D(2025, 3, 6), war_day_epoch=D(2022, 2, 24))


def _telegram() -> dict:
    bold = lambda t: {"type": "bold", "text": t}
    link = lambda t, h: {"type": "text_link", "text": t, "href": h}
    msgs = [
        {"id": 1, "type": "service", "date": "2025-03-01T07:00:00", "actor": "Ostsee Monitor",
         "action": "join_group_by_link", "text": "", "text_entities": []},
        {"id": 2, "type": "message", "date": "2025-03-01T23:40:12", "date_unixtime": "1740872412",
         "from": "Ostsee Monitor", "forwarded_from": "Yle News",
         "text": [bold("Finland closes two border crossings for the winter"),
                  "\n\nThe crossings at Vaalimaa and Nuijamaa stay shut until April, the interior ministry said.\n\n",
                  link("Full story", "https://yle.fi/a/74-20150000")]},
        {"id": 3, "type": "message", "date": "2025-03-02T09:05:00", "from": "Ostsee Monitor",
         "photo": "photos/photo_1@02-03-2025_09-05-00.jpg", "text": "", "text_entities": []},
        {"id": 4, "type": "message", "date": "2025-03-02T10:15:00", "from": "Ostsee Monitor",
         "text": [bold("Baltic grid cable repaired ahead of schedule"),
                  "\n\nEngineers finished splicing the Estlink 2 cable a week early; flows to Estonia resume "
                  "on Monday. ", {"type": "hashtag", "text": "#Estlink"},
                  "\n\nvia ", link("ERR News", "https://news.err.ee/1609600000/estlink")]},
        {"id": 5, "type": "message", "date": "2025-03-03T08:00:00", "from": "Ostsee Monitor",
         "text": [bold("Baltic grid cable repaired ahead of schedule"),
                  "\n\nA second crew confirmed the repair of the Estlink 2 cable on Sunday evening, the grid "
                  "operator said in a statement."]},
        {"id": 6, "type": "message", "date": "2025-03-03T11:00:00", "from": "Ostsee Monitor",
         "text": "Sweden raises its terror threat level after attacks on two mosques. Police will patrol "
                 "places of worship across the country this week."},
        {"id": 7, "type": "message", "date": "2025-03-03T12:00:00", "from": "Ostsee Monitor",
         "text": "Norway opens a new Arctic gas field\n\nEquinor started production at the field, which will "
                 "supply Europe for fifteen years."},
    ]
    for m in msgs:   # Telegram writes the text twice: as rich text and again as entities
        if "text_entities" not in m:
            m["text_entities"] = m["text"] if isinstance(m["text"], list) else [{"type": "plain", "text": m["text"]}]
    return {"name": "Ostsee Monitor", "type": "public_channel", "id": 1555000111, "messages": msgs}


SHAPES = {
    "newsapi.json": {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": "reuters", "name": "Reuters"}, "author": "Jane Roe",
         "title": "Chile's copper output slips as mines age",
         "description": "Production at state miner Codelco fell 4% in February, the lowest in two decades.",
         "url": "https://www.reuters.com/markets/commodities/chile-copper-2025-03-03/",
         "urlToImage": "https://www.reuters.com/resizer/copper.jpg",
         "publishedAt": "2025-03-03T22:30:00-05:00",
         "content": "Production at state miner Codelco fell 4% in February, the lowest… [+2210 chars]"},
        {"source": {"id": None, "name": "Financial Times"}, "author": None,
         "title": "Norway's wealth fund sells its last tobacco stakes",
         "description": "The fund completed its exit from cigarette makers it had begun in 2010.",
         "url": "https://www.ft.com/content/norway-fund-tobacco", "urlToImage": None,
         "publishedAt": "2025-03-04T06:00:00Z", "content": None}]},
    "telegram.txt": _telegram(),
    "slack.json": [
        {"type": "message", "subtype": "channel_join", "user": "U01", "text": "<@U01> has joined the channel",
         "ts": "1740900000.000100"},
        {"type": "message", "user": "U02", "text": "worth a read <https://www.theguardian.com/world/2025/mar/03/"
         "portugal-election|theguardian.com>", "ts": "1740990000.000200",
         "attachments": [{"service_name": "The Guardian", "title": "Portugal heads for a third election in three years",
                          "title_link": "https://www.theguardian.com/world/2025/mar/03/portugal-election",
                          "text": "The minority government lost a confidence vote over the prime minister's family firm."}],
         "reactions": [{"name": "eyes", "count": 2}]},
        {"type": "message", "subtype": "message_changed", "user": "U02", "text": "", "ts": "1740990100.000300"},
    ],
    "mastodon.json": {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection",
                      "totalItems": 2, "orderedItems": [
        {"id": "https://mastodon.social/users/kim/statuses/1/activity", "type": "Create",
         "actor": "https://mastodon.social/users/kim", "published": "2025-03-02T08:15:00Z",
         "to": ["https://www.w3.org/ns/activitystreams#Public"],
         "object": {"id": "https://mastodon.social/users/kim/statuses/1", "type": "Note", "summary": None,
                    "published": "2025-03-02T08:15:00Z", "url": "https://mastodon.social/@kim/1",
                    "content": '<p>Kenya opens its first geothermal plant run by a county government. It will '
                               'supply 35 megawatts to the grid. <a href="https://apnews.com/article/kenya-geothermal">'
                               'apnews.com/article/kenya-geothermal</a> <a href="https://mastodon.social/tags/energy" '
                               'class="mention hashtag" rel="tag">#<span>energy</span></a></p>',
                    "tag": [{"type": "Hashtag", "href": "https://mastodon.social/tags/energy", "name": "#energy"}]}},
        {"id": "https://mastodon.social/users/kim/statuses/2/activity", "type": "Announce",
         "actor": "https://mastodon.social/users/kim", "published": "2025-03-02T09:00:00Z",
         "object": "https://example.social/users/other/statuses/99"}]},
    "reddit.json": {"kind": "Listing", "data": {"after": None, "children": [
        {"kind": "t3", "data": {"title": "Iceland votes to resume EU membership talks", "selftext": "",
                                "url": "https://www.bbc.co.uk/news/articles/iceland-eu", "domain": "bbc.co.uk",
                                "created_utc": 1740960000.0, "permalink": "/r/worldnews/comments/abc/iceland/",
                                "author": "someone", "subreddit": "worldnews", "score": 5123}},
        {"kind": "t3", "data": {"title": "Danish parliament passes a wind tax on offshore farms",
                                "selftext": "Farms built after 2026 will pay a levy per megawatt hour to coastal towns.",
                                "url": "https://www.dr.dk/nyheder/indland/wind-tax", "domain": "dr.dk",
                                "created_utc": 1741046400, "author": "other", "subreddit": "europe"}}]}},
    "gdelt.jsonl": [
        {"headline": "Ghana's cocoa board raises farm-gate price", "published": "2025-03-01T10:00:00+01:00",
         "link": "https://www.myjoyonline.com/cocoa-price", "summary": "Farmers will be paid 20% more per bag.",
         "keywords": "cocoa, Ghana"},
        {"headline": "Ivory Coast expects a smaller mid-crop", "published": "2025-03-02T00:30:00+02:00",
         "link": "https://www.bloomberg.com/news/ivory-coast-crop", "summary": "Dry weather cut pod counts in the west.",
         "keywords": ["cocoa", "Ivory Coast"]}],
    "de_app.json": {"export": {"version": 2, "einträge": [
        {"Schlagzeile": "Bahnstreik legt Fernverkehr lahm", "Datum": "03.03.2025", "Quelle": "Süddeutsche Zeitung",
         "Verweis": "https://www.sueddeutsche.de/wirtschaft/bahnstreik-1.7000000",
         "Zusammenfassung": "Die Gewerkschaft ruft zu einem zweitägigen Ausstand auf.", "Schlagworte": ["Bahn", "Streik"]},
        {"Schlagzeile": "Hamburg beschließt neue Radwege", "Datum": "13.03.2025", "Quelle": "NDR",
         "Verweis": "https://www.ndr.de/nachrichten/hamburg/radwege", "Zusammenfassung": "Die Bürgerschaft gibt 40 Millionen Euro frei.",
         "Schlagworte": "Verkehr; Hamburg"}]}},
    "fr_app.json": [
        {"titre": "La Poste ferme 200 bureaux en zone rurale", "date_publication": 1740990000000,
         "lien": "https://www.lemonde.fr/economie/article/2025/03/03/la-poste", "résumé": "Les maires dénoncent un "
         "recul du service public dans les villages.", "étiquettes": [{"nom": "Services publics"}]},
        {"titre": "Marseille inaugure sa nouvelle ligne de tramway", "date_publication": 1741076400000,
         "lien": "https://www.liberation.fr/societe/marseille-tram", "média": "Libération",
         "résumé": "La ligne relie le nord de la ville au centre en vingt minutes."}],
    "api.json": {"response": {"total": 2, "results": [
        {"type": "topic", "headline": "Ireland's housing output hits a ten-year high", "publication": "The Irish Times",
         "updated_at": "2025-03-05T10:00:00Z", "publication_date": "2025-03-02", "link": "https://www.irishtimes.com/x",
         "standfirst": "Completions rose by a fifth as apartment schemes finished."},
        {"type": "article", "headline": "Dublin port traffic falls for a second year", "publication": "RTÉ",
         "updated_at": "2025-03-05T11:00:00Z", "publication_date": "2025-03-01", "link": "https://www.rte.ie/y",
         "standfirst": "Fewer lorries crossed to Britain after new customs checks."}]}},
    "users_and_messages.json": {
        "users": {f"U{i:03}": {"name": f"user{i}", "real_name": f"User {i}", "tz": "Europe/Paris"} for i in range(30)},
        "messages": [
            {"ts": "1740906862.1", "user": "U001", "text": "Rennes vote un budget participatif record\n\nLes habitants "
             "choisiront 120 projets de quartier au printemps.\n\nPar Jean Dupont"},
            {"ts": "1740993262.1", "user": "U002", "text": "Nantes ferme un pont pour travaux\n\nLe pont Anne-de-Bretagne "
             "sera fermé aux voitures pendant six mois.\n\nSource : Ouest-France"}]},
    "feedly.json": {"id": "user/x/category/global.all", "items": [
        {"id": "a1", "title": "Spain approves a four-day week pilot", "published": 1740990000000, "crawled": 1741000000000,
         "alternate": [{"href": "https://elpais.com/economia/semana-4-dias.html", "type": "text/html"}],
         "summary": {"content": "<p>The scheme pays firms to cut hours without cutting pay.</p>", "direction": "ltr"},
         "origin": {"streamId": "feed/x", "title": "EL PAÍS English", "htmlUrl": "https://english.elpais.com"},
         "categories": [{"id": "user/x/category/Europe", "label": "Europe"}], "keywords": ["work"]}]},
    "pocket.json": {"status": 1, "list": {
        "111": {"item_id": "111", "given_url": "https://www.theatlantic.com/local-news", "given_title": "",
                "resolved_title": "The quiet collapse of local news", "time_added": "1740906862",
                "excerpt": "Newspapers closed at a rate of two a week last year.",
                "tags": {"media": {"item_id": "111", "tag": "media"}}, "domain_metadata": {"name": "The Atlantic"}},
        "222": {"item_id": "222", "resolved_title": "Why trains in Japan run on time", "time_added": "1740993262",
                "given_url": "https://www.bbc.com/future/japan-trains", "excerpt": "Spare capacity and a culture of punctuality."}}},
    "hn.json": {"nbHits": 2, "hits": [
        {"title": "Show HN: A search engine in 500 lines", "url": "https://github.com/someone/tiny-search",
         "author": "pg", "created_at": "2025-03-02T10:00:00.000Z", "created_at_i": 1740909600, "story_text": None,
         "points": 100, "objectID": "1", "_tags": ["story", "author_pg"]},
        {"title": "Ask HN: What are you reading?", "url": None, "story_text": "<p>Looking for <i>books</i> on power grids.</p>",
         "created_at": "2025-03-03T10:00:00.000Z", "objectID": "2", "_tags": ["story", "ask_hn"]}]},
    "elastic.json": {"took": 3, "hits": {"total": {"value": 1}, "hits": [
        {"_index": "news", "_id": "n1", "_score": 1.2, "_source": {
            "headline": "Poland's central bank holds rates at 5.75%", "published_at": "2025-03-05T13:00:00+01:00",
            "body": "The council kept rates unchanged for the seventeenth month as inflation rose to 4.9%.",
            "site": "Notes from Poland", "url": "https://notesfrompoland.com/2025/03/05/rates/"}}]}},
    "it_es_app.json": {"risultati": [
        {"titolo": "Bologna approva il piano per le piste ciclabili", "data_pubblicazione": "4 marzo 2025",
         "testata": "Corriere di Bologna", "collegamento": "https://corrieredibologna.corriere.it/piste",
         "sommario": "Il consiglio comunale stanzia 20 milioni per 60 chilometri di nuove piste."},
        {"titular": "Valencia amplía la red de metro hasta el puerto", "Veröffentlicht am": "2025-03-02",
         "publisher_name": "Levante-EMV", "sommario": "La nueva línea unirá el centro con el puerto en 2027."}]},
    "fr_slashes.json": [
        {"titre": "Grève des contrôleurs aériens à Paris", "date": "04/03/2025",
         "texte": "Les vols sont annulés à Orly et à Roissy pour la journée de mardi, selon la direction générale."},
        {"titre": "Les prix du gaz baissent en mars", "date": "05/03/2025",
         "texte": "La baisse est de 3 % pour les ménages qui ont un contrat indexé sur le marché."}],
    "discord.json": {"guild": {"id": "1", "name": "News desk"}, "channel": {"id": "2", "name": "links"},
                     "messages": [
        {"id": "10", "type": "GuildMemberJoin", "timestamp": "2025-03-01T08:00:00+00:00", "content": "",
         "author": {"name": "newbie"}, "embeds": []},
        {"id": "11", "type": "Default", "timestamp": "2025-03-01T23:30:00-08:00", "content": "this one https://apnews.com/x",
         "author": {"name": "ed", "nickname": "Ed"},
         "embeds": [{"title": "California snowpack is above average for the first time in years",
                     "url": "https://apnews.com/article/california-snowpack",
                     "description": "Surveyors measured 110% of the usual water content at Phillips Station."}]},
        {"id": "12", "type": "ChannelPinnedMessage", "timestamp": "2025-03-02T09:00:00+00:00", "content": "",
         "author": {"name": "ed"}, "embeds": []}]},
    "unnamed.json": [
        {"k1": "Peru declares emergency over coastal rains", "k2": "Heavy rain flooded roads in Piura and Tumbes, "
         "and the government sent army engineers to clear them before the weekend.", "k3": "2025-02-27",
         "k4": "https://elcomercio.pe/peru/lluvias-emergencia"},
        {"k1": "Bolivia rations diesel at petrol stations", "k2": "Drivers waited for hours as the state oil firm "
         "cut deliveries to stations in La Paz and Santa Cruz, blaming a shortage of dollars.", "k3": "2025-02-28",
         "k4": "https://www.eldeber.com.bo/economia/diesel"}],
}


def _write(folder, name: str, data) -> None:
    if name.endswith(".jsonl"):
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data)
    else:
        text = json.dumps(data, ensure_ascii=False, indent=1)
    (folder / name).write_text(text, encoding="utf-8")


def _ingest(files, into) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["ingest", *map(str, files), "--into", str(into), "--captured", "2025-03-06"])
    return code, out.getvalue(), err.getvalue()


def _articles(into) -> dict[str, list[dict]]:
    """raw file -> its articles in file order: front matter plus `body`."""
    by_file: dict[str, list[dict]] = {}
    for p in sorted(into.glob("*.md")):
        _, head, body = p.read_text(encoding="utf-8").split("---\n", 2)
        fm = yaml.safe_load(head)
        fm["body"], fm["file"] = body, p.name
        by_file.setdefault(fm["imported_from"], []).append(fm)
    return by_file


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    for name, data in SHAPES.items():
        _write(raw, name, data)
    into = raw.parent / "articles"
    code, out, err = _ingest(sorted(raw.iterdir()), into)
    return code, out, err, _articles(into), into, raw


def _by_title(arts: list[dict]) -> dict[str, dict]:
    return {a["title"]: a for a in arts}


def test_a_telegram_export_gives_one_article_per_message_with_its_headline_date_and_outlet(run):
    code, out, err, arts, _, _ = run
    assert code == 0 and not err, err
    got = _by_title(arts["telegram.txt"])
    finland = got["Finland closes two border crossings for the winter"]
    # 23:40 local as written: the 1st (in UTC, by date_unixtime, it would be the same day; the text wins)
    assert finland["date"] == D(2025, 3, 1) and finland["date_basis"] == "stated"
    assert finland["source"] == "Yle News" and finland["url"] == "https://yle.fi/a/74-20150000"
    assert finland["body"].strip() == "The crossings at Vaalimaa and Nuijamaa stay shut until April, the interior ministry said."
    # 'via <link>' names the outlet and is no text; the link is the item's
    cable = [a for a in arts["telegram.txt"] if a["title"] == "Baltic grid cable repaired ahead of schedule"]
    assert len(cable) == 2   # one headline, two texts: two stories, not a duplicate
    first = min(cable, key=lambda a: a["date"])
    assert first["source"] == "ERR News" and first["url"].startswith("https://news.err.ee/")
    assert "via" not in first["body"] and first["body"].strip().endswith("resume on Monday. #Estlink")
    assert "Estlink" in first["tags"]   # a hashtag entity is the channel's own label
    # a plain-text message: titled by its first sentence; no JSON syntax anywhere
    sweden = next(a for a in arts["telegram.txt"] if a["title"].startswith("Sweden raises its terror threat level"))
    assert sweden["date"] == D(2025, 3, 3) and sweden["title_basis"] == "derived"
    assert not any(re.search(r'"(text|type|href)"|\{|\}', a["body"] + a["title"]) for a in arts["telegram.txt"])
    # a plain first line over the text is the headline a channel printed
    norway = got["Norway opens a new Arctic gas field"]
    assert "title_basis" not in norway and norway["body"].strip().startswith("Equinor started production")
    assert len(arts["telegram.txt"]) == 5


def test_service_records_and_textless_messages_are_reported_with_their_line(run):
    _, out, _, _, _, _ = run
    assert re.search(r"telegram\.txt: layout json .*5 article\(s\): 5 written", out), out
    assert re.search(r"line \d+: skipped a service record \(action: join_group_by_link\)", out)
    assert re.search(r"line \d+: skipped a record without text \(photo only\)", out)
    assert re.search(r"line \d+: skipped a service record \(subtype: channel_join\)", out)
    assert re.search(r"line \d+: skipped a service record \(subtype: message_changed\)", out)
    assert re.search(r"line \d+: skipped a service record \(type: Announce\)", out)


def test_newsapi_articles_keep_their_outlet_object_offset_day_and_whole_text(run):
    got = _by_title(run[3]["newsapi.json"])
    chile = got["Chile's copper output slips as mines age"]
    assert chile["source"] == "Reuters" and chile["date"] == D(2025, 3, 3)   # 22:30-05:00 is still the 3rd there
    assert chile["url"] == "https://www.reuters.com/markets/commodities/chile-copper-2025-03-03/"
    assert "[+2210 chars]" not in chile["body"] and "lowest in two decades." in chile["body"]
    norway = got["Norway's wealth fund sells its last tobacco stakes"]
    assert norway["source"] == "Financial Times" and norway["date"] == D(2025, 3, 4)


def test_a_slack_export_reads_the_shared_links_unfurl(run):
    (art,) = run[3]["slack.json"]
    assert art["title"] == "Portugal heads for a third election in three years"
    assert art["source"] == "The Guardian" and art["date"] == D(2025, 3, 3)   # ts 1740990000 is 08:20 UTC on the 3rd
    assert art["url"] == "https://www.theguardian.com/world/2025/mar/03/portugal-election"
    assert "confidence vote" in art["body"]


def test_a_mastodon_archive_names_the_outlet_from_the_shared_links_domain(run):
    (art,) = run[3]["mastodon.json"]
    assert art["title"].startswith("Kenya opens its first geothermal plant") and art["date"] == D(2025, 3, 2)
    assert art["source"] == "Associated Press"   # apnews.com, from the outlet list
    assert "<p>" not in art["body"] and "<a" not in art["body"]
    assert any(t.lower() == "energy" for t in art["tags"])


def test_reddit_listing_records_are_read_under_their_wrapper(run):
    got = _by_title(run[3]["reddit.json"])
    iceland = got["Iceland votes to resume EU membership talks"]
    assert iceland["source"] == "BBC" and iceland["date"] == D(2025, 3, 3)
    assert iceland["url"] == "https://www.bbc.co.uk/news/articles/iceland-eu"
    wind = got["Danish parliament passes a wind tax on offshore farms"]
    assert wind["source"] == "DR" and "levy per megawatt hour" in wind["body"]   # unlisted: the label of three letters, an acronym


def test_json_lines_give_one_article_per_line_on_the_day_each_states(run):
    got = _by_title(run[3]["gdelt.jsonl"])
    assert got["Ghana's cocoa board raises farm-gate price"]["date"] == D(2025, 3, 1)
    assert got["Ivory Coast expects a smaller mid-crop"]["date"] == D(2025, 3, 2)   # 00:30+02:00: the 2nd, not the 1st in UTC
    assert got["Ivory Coast expects a smaller mid-crop"]["source"] == "Bloomberg"
    assert "Dry weather cut pod counts" in got["Ivory Coast expects a smaller mid-crop"]["body"]


def test_an_unknown_apps_german_and_french_keys(run):
    de = _by_title(run[3]["de_app.json"])
    streik = de["Bahnstreik legt Fernverkehr lahm"]
    assert streik["date"] == D(2025, 3, 3) and streik["source"] == "Süddeutsche Zeitung"
    assert streik["url"].startswith("https://www.sueddeutsche.de/") and "zweitägigen Ausstand" in streik["body"]
    assert de["Hamburg beschließt neue Radwege"]["date"] == D(2025, 3, 13)   # 13.03: day first for the whole export
    fr = _by_title(run[3]["fr_app.json"])
    poste = fr["La Poste ferme 200 bureaux en zone rurale"]
    assert poste["date"] == D(2025, 3, 3) and poste["source"] == "Le Monde"   # from lemonde.fr
    assert fr["Marseille inaugure sa nouvelle ligne de tramway"]["source"] == "Libération"
    # '04/03/2025' in a French export: day first (the export's language decides what the numbers do not)
    slashes = _by_title(run[3]["fr_slashes.json"])
    assert slashes["Grève des contrôleurs aériens à Paris"]["date"] == D(2025, 3, 4)
    assert slashes["Les prix du gaz baissent en mars"]["date"] == D(2025, 3, 5)


def test_fields_named_nothing_are_read_from_their_values(run):
    got = _by_title(run[3]["unnamed.json"])
    peru = got["Peru declares emergency over coastal rains"]
    assert peru["date"] == D(2025, 2, 27) and peru["url"] == "https://elcomercio.pe/peru/lluvias-emergencia"
    assert "army engineers" in peru["body"] and peru["source"] == "El Comercio"   # elcomercio.pe, listed


HOSTILE = {
    "cut.json": '{\n "messages": [\n  {"id": 1, "text": "A story that never ends',
    "cut.jsonl": '{"title": "Fine line", "text": "A whole record."}\n{"title": "Cut line", "text": "Half\n',
    "deep.json": '{"items": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "number.json": '{"items": [{"title": "A story", "id": 1' + "0" * 5000 + "}]}",
    "norecords.json": '{"name": "A settings file", "count": 3, "tags": ["a", "b"]}',
    "noitems.json": '{"messages": [\n {"type": "service", "action": "pin_message", "text": ""},\n'
                    ' {"type": "message", "photo": "p.jpg", "text": ""},\n {"type": "service", "action": "edit"}]}',
}
HUGE = "QUJD" * 1_150_000   # a 4.6 MB string (a digest may be 5 MB): an embedded picture, say


def _hostile_shapes() -> dict:
    nest: dict = {"leaf": "bottom"}
    for _ in range(100):
        nest = {"a": nest}
    return {
        "deep100.json": {"items": [{"title": "Story with a deep field", "text": "A record whose metadata nests "
                                    "a hundred levels down.", "meta": nest}]},
        "huge.json": {"items": [{"title": "A short report", "text": "Its thumbnail is most of the file.",
                                 "thumb": HUGE},
                                {"title": "Another report", "text": "Its field has no name.", "x": HUGE[:100]}]},
        "mixed.json": {"items": [1, "two", None, [3], True, {"title": "The only real record",
                                                             "text": "Everything around it is no object."}]},
        "many.json": [{} for _ in range(50_000)] + [{"title": "Found among fifty thousand",
                                                     "text": "The one record with words."}],
        "proto.json": {"__proto__": {"title": "polluted"}, "items": [
            {"__proto__": {"isAdmin": True}, "constructor": {"prototype": {"title": "x"}},
             "title": "Keys that pollute prototypes elsewhere", "text": "Here they are only keys."}]},
        "script.json": {"items": [
            {"title": "<script>alert('t')</script> Markup in a title", "text": "<p>Text with <b>bold</b> words "
             "<img src=x onerror=alert('b')> and a <script>alert('s')</script> block.</p>",
             "url": "javascript:alert('u')", "source": "<b>Outlet</b> & Co"}]},
        "dupes.json": {"messages": [
            {"type": "message", "date": "2025-03-01T10:00:00", "text": "Latvia recalls its ambassador. The move "
             "follows a spy case."},
            {"type": "message", "date": "2025-03-01T10:05:00", "text": "Latvia recalls its ambassador. The move "
             "follows a spy case."}]},
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    raw = tmp_path_factory.mktemp("hostile")
    for name, text in HOSTILE.items():
        (raw / name).write_text(text, encoding="utf-8")
    for name, data in _hostile_shapes().items():
        _write(raw, name, data)
    site = raw.parent / "site"
    into = site / "content" / "articles"
    code, out, err = _ingest(sorted(raw.iterdir()), into)
    return raw, code, out, err, _articles(into), site


@pytest.mark.parametrize("name, line, words", [
    ("cut.json", 3, "not valid JSON (Unterminated string"),
    ("cut.jsonl", 2, "not valid JSON Lines (Unterminated string"),
    ("deep.json", 1, "JSON nested too deep"),
    ("number.json", 1, "a number over 4,300 digits long"),
    ("norecords.json", 1, "JSON with no list of records"),
    ("noitems.json", 2, "none of its 3 records is an item with text (2 service records, 1 record without text)"),
])
def test_broken_json_is_one_line_naming_where_and_what(hostile, name, line, words):
    raw, code, _, err, arts, _ = hostile
    assert code == 1 and "Traceback" not in err, err
    assert re.search(rf"^{re.escape(str(raw / name))}:{line}(:\d+)?: .*{re.escape(words)}", err, re.M), err
    assert name not in arts   # nothing half-read


def test_hostile_exports_that_parse_are_read_for_what_they_hold(hostile):
    _, _, out, _, arts, _ = hostile
    assert [a["title"] for a in arts["deep100.json"]] == ["Story with a deep field"]
    assert sorted((a["title"], a["body"].strip()) for a in arts["huge.json"]) == [
        ("A short report", "Its thumbnail is most of the file."), ("Another report", "Its field has no name.")]
    assert [a["title"] for a in arts["mixed.json"]] == ["The only real record"]
    for kind in ("a number", "a string", "null", "a list", "true or false"):
        assert re.search(rf"line \d+: skipped {kind}, not a record \(an object\)", out), (kind, out)
    assert [a["title"] for a in arts["many.json"]] == ["Found among fifty thousand"]
    assert "… and 49,990 more records skipped" in out and out.count("skipped a record without text") == 10
    assert [a["title"] for a in arts["proto.json"]] == ["Keys that pollute prototypes elsewhere"]


def test_the_same_text_twice_is_one_article_and_the_report_says_so(hostile):
    _, _, out, _, arts, _ = hostile
    assert len(arts["dupes.json"]) == 1
    assert re.search(r"skipped line \d+ 'Latvia recalls its ambassador': same story as", out), out


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.handlers, self.text = [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        # JSON-LD is data, not a program: the title is in it, escaped (\u003c), checked apart
        self._in_script = tag == "script" and dict(attrs).get("type") != "application/ld+json"
        self.handlers += [(tag, k, v) for k, v in attrs if k.startswith("on") or (v or "").startswith("javascript:")]

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)

    def handle_endtag(self, tag):
        self._in_script = False


def test_markup_and_script_in_values_are_text_on_the_built_site(hostile):
    _, _, _, _, arts, site = hostile
    (art,) = arts["script.json"]
    assert "url" not in art   # a javascript: link is dropped
    (site / "config.yaml").write_text("site:\n  title: JSON\n  url: https://example.org\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["build", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                     "--out", str(site / "site")])
    assert code == 0, err.getvalue()
    page = next(p for p in (site / "site").rglob("*.html") if "Markup in a title" in p.read_text(encoding="utf-8")
                and "articles" in p.parts)
    parsed = _Page()
    parsed.feed(page.read_text(encoding="utf-8"))
    assert not any("alert" in s for s in parsed.scripts) and not parsed.handlers
    html = page.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img" not in html
    text = " ".join(parsed.text)
    assert "<script>alert('t')</script> Markup in a title" in text   # shown as the text it was
    assert "Text with bold words" in " ".join(text.split()) and "onerror" not in html


_KEYS = st.sampled_from(["title", "text", "date", "url", "source", "tags", "messages", "items", "data", "type",
                         "action", "created_utc", "ts", "href", "name", "__proto__", "x", ""])
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**13, 10**13), st.floats(allow_nan=True),
                     st.sampled_from(["", "2025-03-02T10:00:00+01:00", "1740906862", "https://www.reuters.com/a",
                                      "javascript:alert(1)", "<b>bold</b> words", "03.03.2025", "service",
                                      "pin_message", "Headline of a story", "A sentence of the text. Another."]),
                     st.text(max_size=30))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                         st.dictionaries(_KEYS, inner, max_size=6)), max_leaves=40)


@settings(max_examples=int(os.environ.get("JSON_FUZZ_EXAMPLES", 60)), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_VALUES, st.booleans())
def test_no_json_value_makes_the_reader_crash(value, as_lines):
    """Whatever JSON holds, the reader gives stories with text or an Unreadable (a path:line error)."""
    if as_lines and isinstance(value, list):
        text = "".join(json.dumps(v) + "\n" for v in value)
    else:
        text = json.dumps(value, indent=1)
    try:
        parsed = jsonexport.read(text, _CTX)
    except Unreadable as exc:
        assert exc.line >= 1 and exc.message
        return
    for story in (parsed.stories if parsed else []):
        assert any(p.strip() for p in story.paras) and story.line >= 1
        assert not story.url or story.url.startswith(("http://", "https://"))


def test_a_records_publication_is_its_outlet_and_its_publication_date_beats_its_update(run):
    got = _by_title(run[3]["api.json"])   # a record whose kind is 'topic' is no service record
    housing = got["Ireland's housing output hits a ten-year high"]
    assert housing["source"] == "The Irish Times" and housing["date"] == D(2025, 3, 2)
    assert "apartment schemes" in housing["body"]
    assert got["Dublin port traffic falls for a second year"]["date"] == D(2025, 3, 1)


def test_the_records_are_the_messages_not_a_longer_list_of_users(run):
    got = _by_title(run[3]["users_and_messages.json"])
    assert sorted(got) == ["Nantes ferme un pont pour travaux", "Rennes vote un budget participatif record"]
    rennes = got["Rennes vote un budget participatif record"]
    assert rennes["date"] == D(2025, 3, 2) and "source" not in rennes   # 'Par Jean Dupont' is a byline
    nantes = got["Nantes ferme un pont pour travaux"]
    assert nantes["source"] == "Ouest-France" and "Source" not in nantes["body"]


def test_feedly_pocket_and_hacker_news_exports(run):
    (spain,) = run[3]["feedly.json"]
    assert spain["source"] == "EL PAÍS English" and spain["date"] == D(2025, 3, 3)   # ms since the epoch, UTC
    assert spain["url"] == "https://elpais.com/economia/semana-4-dias.html" and "<p>" not in spain["body"]
    assert "Europe" in spain["tags"] or "europe" in spain["tags"]   # the reader's folder
    pocket = _by_title(run[3]["pocket.json"])   # an object of records, keyed by id
    assert pocket["The quiet collapse of local news"]["source"] == "The Atlantic"
    assert pocket["Why trains in Japan run on time"]["source"] == "BBC"   # bbc.com
    assert pocket["Why trains in Japan run on time"]["date"] == D(2025, 3, 3)
    hn = _by_title(run[3]["hn.json"])
    assert hn["Show HN: A search engine in 500 lines"]["date"] == D(2025, 3, 2)
    assert hn["Ask HN: What are you reading?"]["body"].strip() == "Looking for books on power grids."
    assert not any("author_pg" in str(a["tags"]) for a in run[3]["hn.json"])   # `_tags` are the app's own


def test_an_elasticsearch_answer_is_read_inside_its_source_wrapper(run):
    (art,) = run[3]["elastic.json"]
    assert art["title"] == "Poland's central bank holds rates at 5.75%" and art["date"] == D(2025, 3, 5)
    assert art["source"] == "Notes from Poland" and "seventeenth month" in art["body"]


def test_italian_and_spanish_keys_and_names_built_of_parts(run):
    got = _by_title(run[3]["it_es_app.json"])
    bologna = got["Bologna approva il piano per le piste ciclabili"]
    assert bologna["date"] == D(2025, 3, 4) and bologna["source"] == "Corriere di Bologna"
    assert bologna["url"] == "https://corrieredibologna.corriere.it/piste" and "20 milioni" in bologna["body"]
    valencia = got["Valencia amplía la red de metro hasta el puerto"]   # 'titular', 'publisher_name', 'Veröffentlicht am'
    assert valencia["date"] == D(2025, 3, 2) and valencia["source"] == "Levante-EMV"


def test_a_discord_export_reads_the_embed_and_reports_joins_and_pins(run):
    (art,) = run[3]["discord.json"]
    assert art["title"] == "California snowpack is above average for the first time in years"
    assert art["date"] == D(2025, 3, 1)   # 23:30 in California on the 1st (the 2nd in UTC)
    assert art["source"] == "Associated Press" and "Phillips Station" in art["body"]
    assert re.search(r"line \d+: skipped a service record \(type: GuildMemberJoin\)", run[1])
    assert re.search(r"line \d+: skipped a service record \(type: ChannelPinnedMessage\)", run[1])


def test_a_second_run_writes_nothing_and_changes_no_byte(run):
    *_, into, raw = run
    before = {p.name: p.read_bytes() for p in into.glob("*.md")}
    code, out, err = _ingest(sorted(raw.iterdir(), reverse=True), into)   # in another order, too
    assert code == 0 and not err, err
    assert re.findall(r"(\d+) written", out) and set(re.findall(r"(\d+) written", out)) == {"0"}, out
    assert {p.name: p.read_bytes() for p in into.glob("*.md")} == before
