"""`TopicDef.kind` stays (issue 17 listed it as parsed and never read; since the built-in
vocabulary of issue 14 it is read): chronicle/ingest/vocab.merged orders the built-in topics so
that themes and organisations claim an alias they share with a place before the place does."""
from __future__ import annotations

from chronicle.ingest import vocab
from chronicle.ingest.tagging import Tagger


def test_an_alias_shared_by_a_theme_and_places_tags_the_theme():
    topics = vocab.merged({})
    places = {s: t.kind for s, t in vocab.builtin().items() if "Brussels" in t.aliases}
    assert places == {"european-union": "theme", "brussels": "city"}   # the city lies in Belgium
    # the EU claims the city's name, so the city's names in other languages are the EU's too
    sharing = sorted(s for s, t in topics.items() if "Brussels" in t.aliases)
    assert sharing == ["european-union"] and "Bruxelles" in topics["european-union"].aliases
    tagger = Tagger.from_topics(topics, broader=vocab.broader_of(topics))
    tags = tagger.tags("Ministers meet in Brussels to agree sanctions",
                       "Foreign ministers met in Brussels on Tuesday to agree a new package of sanctions.", "", [])
    assert "european-union" in tags and "belgium" not in tags and "brussels" not in tags
    assert tagger.topic_for("Brussels") == "european-union"
    assert "european-union" in tagger.tags("Sanktionen: Treffen in Brüssel", "", "", [])
