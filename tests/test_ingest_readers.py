"""Each digest layout read from a small fixture of our own: stories found, fields right, nothing merged."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronicle.config import load_config
from chronicle.ingest import LAYOUTS, parse
from chronicle.ingest.compose import clean_paras
from chronicle.ingest.run import make_context

FIX = Path(__file__).parent / "fixtures" / "ingest"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "config.yaml")


def read(name, config, captured=None, layout=None):
    return parse((FIX / name).read_text(encoding="utf-8"), make_context(config, captured), layout)


def test_summary_list(config):
    p = read("summary.txt", config)
    assert p.layout == "summary-list"
    assert len(p.stories) == 3
    assert all(not s.title and s.date is None and not s.source for s in p.stories)
    assert p.stories[1].paras[0].startswith("The Dutch government")
    assert all("Read More" not in " ".join(s.paras) for s in p.stories)


def test_tag_page(config):
    p = read("tagpage.txt", config)
    assert p.layout == "tag-page"
    assert p.page_labels == ["Baltic security"]
    assert [s.title for s in p.stories] == [
        "Investigators board tanker after Baltic cable cut",
        "Poland sets record defense budget",
        "German brigade opens Lithuania base",
    ]
    assert p.stories[0].labels == ["Security", "Infrastructure", "Nordics"]
    assert p.stories[2].labels == ["Defense", "Military", "Eastern flank"]


def test_tag_page_cleanup(config):
    p = read("tagpage.txt", config)
    ctx = make_context(config, None)
    paras, notes = clean_paras(p.stories[0], ctx)
    text = "\n".join(paras)
    assert len(paras) == 3                      # double spaces restored as paragraph breaks
    assert ">" not in text                      # the pull quote is gone ...
    assert text.count("We are treating this as a deliberate act") == 1   # ... the quoted sentence stays once
    assert "contributed reporting" not in text
    assert paras[-1].endswith("since January.")
    assert any("pull quote" in n for n in notes) and any("credit" in n for n in notes)


def test_listing_day_first_from_order(config):
    p = read("listing_dmy.txt", config)
    assert p.layout == "listing"
    titles = [s.title for s in p.stories]
    assert titles == ["Finland extends border closure with Russia", "Estonia expels Russian diplomat over sabotage plot",
                      "Baltic states agree joint drone wall"]
    assert [s.source for s in p.stories] == ["Reuters", "The Guardian", "Politico"]
    assert [s.labels for s in p.stories] == [["World"], ["Politics"], ["Defense"]]
    # 05-06-2025 then 12-04-2025: only day-first keeps the listing newest first.
    assert p.stories[1].date == dt.date(2025, 6, 5)
    assert p.stories[2].date == dt.date(2025, 4, 12)
    assert p.stories[1].date_basis == "stated"


def test_listing_relative_date_needs_captured(config):
    undated = read("listing_dmy.txt", config).stories[0]
    assert undated.date is None
    assert any("--captured" in n for n in undated.notes)
    dated = read("listing_dmy.txt", config, captured=dt.date(2025, 6, 20)).stories[0]
    assert dated.date == dt.date(2025, 6, 18)
    assert dated.date_basis == "derived"


def test_listing_month_first(config):
    p = read("listing_mdy.txt", config)
    assert [s.date for s in p.stories] == [dt.date(2025, 3, 25), dt.date(2025, 3, 2)]


def test_listing_promo_dropped(config):
    p = read("listing_dmy.txt", config)
    paras, notes = clean_paras(p.stories[0], make_context(config, None))
    assert "Subscribe" not in " ".join(paras)
    assert paras[0].endswith("main parliamentary parties.")


def test_single_piece(config):
    p = read("single.txt", config)
    assert p.layout == "single"
    assert len(p.stories) == 1 and len(p.stories[0].paras) == 3


def test_war_day(config):
    p = read("warday.txt", config)
    assert p.layout == "war-day"
    assert len(p.stories) == 5
    # Day 1 is 2022-02-24, so day 100 is 2022-06-03, a Friday (the text says "this Friday").
    assert {s.date for s in p.stories} == {dt.date(2022, 6, 3)}
    assert {s.date_basis for s in p.stories} == {"derived"}
    assert p.stories[0].title == "Kharkiv shelled overnight"
    assert p.stories[1].title == "Moldova seeks EU support for winter energy supplies"
    assert all(not s.title for s in p.stories[2:])
    everything = "\n".join(p for s in p.stories for p in s.paras)
    for furniture in ("Mayor Ihor Terekhov visiting", "Contributor", "Jane Doe", "Reporter and editor",
                      "Related Articles", "Leave a Reply", "Your email address", "Back to top", "⇒"):
        assert furniture not in everything
    assert not any(n for n in p.notes if "Friday" in n)


def test_war_day_weekday_disagreement_is_reported(config):
    text = (FIX / "warday.txt").read_text().replace("this Friday", "this Monday")
    p = parse(text, make_context(config, None))
    assert any("Monday" in n for n in p.notes)


def test_generic_markdown_headings(config):
    p = read("generic_md.txt", config)
    assert p.layout == "generic"
    assert [s.title for s in p.stories] == ["Sweden joins NATO air policing mission",
                                            "Czech ammunition initiative delivers millionth shell"]
    assert len(p.stories[1].paras) == 2


def test_generic_records(config):
    p = read("generic_records.txt", config)
    assert p.layout == "generic"
    assert len(p.stories) == 3
    assert p.stories[1].title == "Vance speech stuns European audience"
    assert p.stories[1].source == "BBC"
    assert p.stories[2].date == dt.date(2025, 2, 16)


def test_generic_bullets_never_merged(config):
    p = read("generic_bullets.txt", config)
    assert len(p.stories) == 3
    assert p.stories[2].paras[0].startswith("Greece and Turkey")


def test_generic_short_headings_and_datelines(config):
    p = read("generic_blocks.txt", config)
    assert [s.title for s in p.stories] == ["Latvia to reintroduce conscription", "Norway buys new submarines"]
    assert p.stories[0].date == dt.date(2025, 3, 3)
    assert p.stories[1].date is None


def test_forced_layout(config):
    p = read("single.txt", config, layout="generic")
    assert p.layout == "generic"
    assert "generic" in LAYOUTS and "war-day" in LAYOUTS


def test_inline_bullets_become_one_list(config):
    from chronicle.ingest.clean import to_markdown
    from chronicle.ingest.model import Story

    story = Story(line=1, paras=["• First point: something happened on Monday in Kyiv. • Second point: another thing "
                                 "happened. • Third point: a final thing."])
    paras, _ = clean_paras(story, make_context(config, None))
    md = to_markdown(paras)
    assert md.count("\n- ") == 2 and md.startswith("- First point")
    assert "\n\n" not in md.strip()


def test_markdown_is_escaped(config):
    from chronicle.ingest.clean import to_markdown

    md = to_markdown(["A <b>bold</b> claim with [a link](http://x) and *stars*.", "# not a heading", "1. not a list"])
    assert "<b>" not in md and "\\<b\\>" in md
    assert "\\[a link\\]" in md and "\\*stars\\*" in md
    assert "\n\\# not a heading" in md and "\n1\\. not a list" in md


def test_tag_page_with_one_paragraph_per_line(config):
    p = read("tagpage_lines.txt", config)
    assert p.layout == "tag-page"
    assert [s.title for s in p.stories] == ["First headline here", "Second headline here",
                                            "The EU is doing exactly what Trump wants. He still doesn’t care about it."]
    assert [len(s.paras) for s in p.stories] == [3, 2, 1]    # short paragraphs stay in their story
    assert [s.labels for s in p.stories] == [["Politics", "Security"], ["Defense"], ["Defense"]]


def test_summary_list_with_title_lines(config):
    p = read("summary_titled.txt", config)
    assert p.layout == "summary-list"
    assert [s.title for s in p.stories] == ["Finland tightens border rules", "Norway raises defense budget"]
    assert all(len(s.paras) == 1 for s in p.stories)


def test_utf16_with_bom_is_read(tmp_path, config):
    from chronicle.ingest.run import read_raw

    f = tmp_path / "u16.txt"
    f.write_bytes((FIX / "summary.txt").read_text().encode("utf-16"))
    assert read_raw(f) == (FIX / "summary.txt").read_text()


def test_generic_separators_and_date_lines(config):
    p = read("generic_separated.txt", config)
    assert [s.title for s in p.stories] == ["Sweden raises readiness on Gotland", "Denmark to buy European air defense systems"]
    assert [s.date for s in p.stories] == [dt.date(2025, 3, 12), dt.date(2025, 3, 14)]
    assert all("March 2025" not in " ".join(s.paras) for s in p.stories)


def test_generic_dateline_items(config):
    p = read("generic_datelines.txt", config)
    assert p.layout == "generic"
    assert [s.date for s in p.stories] == [dt.date(2025, 3, 3), dt.date(2025, 3, 4), dt.date(2025, 3, 5)]


def test_generic_numbered_items(config):
    p = read("generic_numbered.txt", config)
    assert len(p.stories) == 3
    assert p.stories[1].paras[0].startswith("Latvia said")


def test_war_day_with_one_headline_and_no_other_news_heading(config):
    p = read("warday_single_headline.txt", config)
    assert p.layout == "war-day"
    assert len(p.stories) == 3
    assert p.stories[0].title == "Zelensky visits front line near Pokrovsk"
    # Day 1000: 2022-02-24 + 999 days = 2024-11-19, a Tuesday (the text says "this Tuesday").
    assert {s.date for s in p.stories} == {dt.date(2024, 11, 19)}
    text = "\n".join(x for s in p.stories for x in s.paras)
    for furniture in ("Photo: Reuters", "Read also", "Share", "John Smith", "Editor at", "Zelensky with soldiers"):
        assert furniture not in text


def test_listing_without_outlet_dash_line_and_hours_ago(config):
    p = read("listing_mixed.txt", config, captured=dt.date(2025, 5, 21))
    assert [s.source for s in p.stories] == ["Reuters", "Financial Times", "Bloomberg"]
    assert [s.date for s in p.stories] == [dt.date(2025, 5, 21), dt.date(2025, 4, 28), dt.date(2025, 4, 2)]
    assert p.stories[1].labels == ["Business"]
    paras, _ = clean_paras(p.stories[0], make_context(config, None))
    assert not any("newsletter" in x for x in paras)


def test_summary_list_with_read_more_at_line_end(config):
    p = read("summary_inline.txt", config)
    assert p.layout == "summary-list"
    assert len(p.stories) == 2
    assert p.stories[0].paras == ["Sweden will send more Gripen jets to police Baltic airspace this summer, "
                                  "its air force said on Monday."]
    assert not any("Read More" in x for s in p.stories for x in s.paras)


def test_war_day_other_news_as_dash_list(config):
    text = (FIX / "warday.txt").read_text().replace("⇒ ", "- ")
    p = parse(text, make_context(config, None))
    assert len(p.stories) == 5
    assert p.stories[4].paras[0].startswith("The International Atomic Energy Agency")
