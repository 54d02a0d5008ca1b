"""The shortcuts that keep ingest fast give the answers of the plain patterns they stand in for:
the month names as a tree of prefixes, and the words a read-more link must hold."""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st

from chronicle.ingest import clean, dates, datescan, headingnumbers, hints, lines, outlets, when
from chronicle.ingest.readers import pagelines, simple, wrapping
from chronicle.source.text import sentences

_OLD_MON = r"(?P<mon>" + "|".join(sorted(map(re.escape, when.MONTHS), key=len, reverse=True)) + r")\.?"
_PLAIN = {
    "mdy": re.compile(r"(?i)(?<!\w)" + _OLD_MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+"
                      + when._YEAR + r"(?!\d))?"),
    "dmy": re.compile(r"(?i)(?<![\w.])(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?" + _OLD_MON
                      + r"(?!\w)(?:,?\s+(?:de\s+|del\s+)?" + when._YEAR + r"(?!\d))?"),
}
_PIECES = [*when.MONTHS, "Sept.", "MÄRZ", "ſep", "İan", "de", "del", "1st", "3.", "12", "2024", ",", "-", "mai"]


def _all(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.integers(0, 40).map(str), min_size=1, max_size=7),
       st.sampled_from([" ", "  ", ". ", ", "]))
def test_month_tree_matches_what_the_plain_alternation_matches(pieces, sep):
    text = sep.join(pieces)
    patterns = dict(when.PATTERNS)
    for kind, plain in _PLAIN.items():
        assert _all(patterns[kind], text) == _all(plain, text)


def test_month_tree_reads_the_dates_it_read_before():
    assert [(f.kind, f.month, f.day, f.year) for f in when.find_dates("March 3, 2025 and 5 de marzo de 2025")] == [
        ("mdy", 3, 3, 2025), ("dmy", 3, 5, 2025)]
    assert [(f.month, f.day) for f in when.find_dates("Sept. 4, 22. März, 1er août")] == [(9, 4), (3, 22), (8, 1)]


def _phrases(alternation: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    out, depth, cur = [], 0, ""
    for ch in alternation:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def test_every_read_more_phrase_holds_a_hint_word():
    for phrase in _phrases(lines._READ_MORE):
        literal = re.split(r"[(\[?*\\]", phrase)[0].lower()
        arrows = re.findall(r"\[([^\]]*)\]$", phrase)   # ('leggi\s*[→›>]': a bare word needs its arrow, a hint)
        assert any(w in literal for w in lines.READ_MORE_WORDS) \
            or arrows and all(a in lines.READ_MORE_WORDS for a in arrows[0]), phrase


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc .…»Kſİ", max_size=30),
       st.sampled_from(["Read more", "READ MORE »", "Weiterlesen", "Zum Text von Anna Muster", "lire la suite",
                        "Continua a leggere", "ſeguir leyendo", "Keep reading", "more", "view the article", ""]))
def test_read_more_hint_never_hides_a_link(head, tail):
    text = (head + " " + tail).strip()
    if not text:
        return
    line = lines.classify(1, "Some headline words " + text, 0, lines.Outlets())
    full = "Some headline words " + text
    plain = lines.READ_MORE_TAIL.search(full, max(0, len(full) - 90))
    assert line.tail_more == bool(plain and not lines.READ_MORE_LINE.match(full))


def test_every_relative_hint_phrase_holds_a_hint_word():
    for phrase in _phrases(when._RELATIVE_HINT.pattern.removeprefix("(?i)")):
        literal = phrase.replace(r"\b", "").lower()
        assert any(w in literal for w in when.RELATIVE_HINT_WORDS), phrase


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["ago", "AGO", "Vor", "vOR", "il y a", "IL Y A", "İl y a", "hace", "HaCe", "fa", "FA",
                                 "ſa", "agon", "favor", "ıl", "3", "hours", "Tagen", "heute", "x"]), max_size=6),
       st.sampled_from([" ", "", "-", "."]))
def test_relative_hint_shortcut_answers_as_the_pattern(pieces, sep):
    text = sep.join(pieces)
    assert when._relative_hint(text) == bool(when._RELATIVE_HINT.search(text))


def test_dates_kept_per_text_are_the_dates_found_and_a_caller_cannot_change_them():
    text = "Mon, 03/10/2025 - 9:15am, vor 2 Tagen"
    first = when.find_dates(text)
    assert first == when._find_dates(text) and len(first) == 2
    first.clear()
    assert when.find_dates(text) == when._find_dates(text)


def test_folding_takes_every_letter_case_insensitive_patterns_take_for_an_ascii_one():
    ascii_letter = re.compile(r"(?i)[a-z]")
    for c in map(chr, range(0x80, 0x30000)):
        if ascii_letter.fullmatch(c):
            assert when.folded(c) in "abcdefghijklmnopqrstuvwxyz", hex(ord(c))


@given(st.text(alphabet="aİıſKZ ß", max_size=12))
def test_folding_shortcut_is_the_translation(text):
    assert when.folded(text) == text.translate(when.FOLD_LIKE_RE).lower()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Read more", "READ MORE »", "read the full story", "Read the full article", "more",
                                 "Continue reading…", "contınue reading", "text.", "…", "...", "»", " ", "x"]), max_size=5))
def test_read_more_count_shortcut_counts_what_the_patterns_count(pieces):
    line = " ".join(pieces)
    plain = bool(simple.READ_MORE.match(line) or simple.READ_MORE_TAIL.search(line))
    assert simple.count_read_more([line]) == int(plain)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Title words", "(Reuters)", "(The Hill $)", "|", "-", "--", "–", "—", "::", "Le Monde",
                                 "AP", "x", ":"]), max_size=6))
def test_outlet_marker_shortcut_finds_what_the_patterns_find(pieces):
    line = " ".join(pieces)
    plain = set()
    for rx, part in ((outlets._PAREN_TAIL, line.strip()[-90:]), (outlets._PIPE_TAIL, line.strip()[-90:]),
                     (outlets._HEAD, line.strip()[:90])):
        m = rx.match(part)
        if m and outlets.looks_like_name(m["name"]):
            plain.add(outlets._key(m["name"]))
    assert outlets.Outlets._repeated([line, line]) == plain


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Try it", "free for", "FREE FOR", "Subscribe now", "SUBSCRİBE today", "sign up for",
                                 "Sıgn up to", "unlimited access", "award-winning journalism", "Award-Winning British journalism",
                                 "download our app", "Get the APP", "follow us on", "Newsletter", "in your inbox",
                                 "click here", "clıck here", "news", "the", ".", "!", "x" * 50, "extra promo"]), max_size=8))
def test_promo_shortcut_finds_what_the_patterns_find(pieces):
    sentence = " ".join(pieces)
    patterns = clean.promo_patterns([r"\bextra promo\b"])
    assert clean.is_promo(sentence, patterns) == (len(sentence) < 400 and any(p.search(sentence) for p in patterns))


def test_each_built_in_promo_is_still_found_in_any_case():
    examples = ["Try it free for a month.", "Subscribe now.", "Sign up for more.", "Get unlimited access.",
                "Award-winning British journalism.", "Download our app.", "Follow us on Mastodon.",
                "Our newsletter lands in your inbox.", "Click here.",
                "Upgrade to a paid plan for the full version."]
    patterns = clean.promo_patterns()
    assert len(examples) == len(patterns)
    for example, pattern in zip(examples, patterns):
        for text in (example, example.upper(), example.replace("i", "ı"), example.upper().replace("I", "İ")):
            if pattern.search(text):
                assert clean.is_promo(text, [pattern]), text
        assert pattern.search(example), example


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\u00a0-*•➤#1２٣.)Ab", max_size=10))
def test_classify_first_character_shortcuts_read_lines_as_the_patterns_do(head):
    raw = head + " Councils approve a budget"
    line = lines.classify(1, raw, 0, lines.Outlets())
    text, marker = raw.strip(), ""   # the patterns alone, tried on every line
    m = lines.MARKER.match(text)
    if m and not any(f.start == 0 for f in when.find_dates(text[:40])):
        marker, text = m["m"], m["text"].strip()
    heading = lines._MD_HEADING.match(text)
    marker, text = headingnumbers.numbered(heading["text"], marker) if heading else (marker, text)   # ('## 1. Title')
    text = lines._MD_EMPHASIS.sub(r"\2", text)
    assert (line.marker, line.text) == (marker, text)
    assert line.indent == len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["+", "##", "-", "1.", "**Bold**", "March 3, 2025", "05.06.2025", "vor 2 Tagen",
                                 "Councils approve the budget", "x" * 70, "Read more", "… Weiterlesen", "9:15am", "·"]),
                min_size=1, max_size=6))
def test_dates_a_worker_hands_back_are_the_dates_of_the_line_text(pieces):
    line = lines.classify(1, " ".join(pieces), 0, lines.Outlets())
    if lines.dates_of_text(line):
        assert line.dates == when._find_dates(line.text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "   ", "- - -", "***", "·", "| |", "#", "Related", "Most read", "Comments",
                                 "Good morning.", "• one • two", "a ● b ● c", "▪ x", "Councils approve the budget",
                                 "\u00a0— —", "text"]), max_size=12))
def test_page_plan_shortcuts_plan_the_page_as_the_patterns_do(page):
    plan = pagelines._plan(page)
    out, gap, sidebar = [], 0, False   # the plan with every pattern tried on every line
    hang, width = -1, max((len(x.rstrip()) for x in page), default=0)
    header = pagelines._page_header(page)   # the page's title lines (not a shortcut: the same rule)
    for no, raw in enumerate(page, 1):
        if not raw.strip() or lines.SEPARATOR.match(raw):
            gap, sidebar, hang = gap + 1, False, -1
            continue
        prev = out[-1][1].rstrip() if out else ""   # the whole line before as the end the rule reads
        how = wrapping._continued(prev, len(prev), raw, hang, width) if out and not gap and not out[-1][3] else None
        if how is not None:   # a wrapped line goes on the line before (not a shortcut: the same rule, joined line by line)
            out[-1] = (out[-1][0], prev[:len(prev) - how[0]] + how[1], out[-1][2], False)
            continue
        hang = pagelines._hang(raw)
        if (lines.TERMINAL.match(raw) or lines.SIDEBAR.match(raw) and no > 0.7 * len(page)) and out:
            break
        sidebar = sidebar or bool(lines.SIDEBAR.match(raw))
        if sidebar or len(out) < 6 and lines.GREETING.match(raw.strip()) or header.get(raw.strip(), no) < no - 1:
            out.append((no, raw, gap, True))
            gap = 0
            continue
        parts = pagelines._INLINE_BULLETS.split(raw.strip())
        if len(parts) >= 3 or (len(parts) == 2 and raw.strip()[:1] in "•●▪"):
            label = pagelines._label(parts[0])   # (the words before the first bullet, when they name them)
            out.extend((no, p.strip() if label and k == 0 else "• " + p.strip(), gap if k == 0 else 0, False)
                       for k, p in enumerate(x for x in parts if x.strip()))
        else:
            if out and out[-1][1].strip() == raw.strip() and lines.words(raw) >= 3:
                out[-1] = (*out[-1][:3], True)
            out.append((no, raw, gap, False))
        gap = 0
    assert plan == out


def _date_line_plainly(line: str) -> bool:
    """dates.is_date_line without its shortcut for long lines of many words."""
    if dates.NUMERIC.match(line) or dates.ISO.match(line) or dates.RELATIVE.match(line) \
            or dates.written_date(line, whole=True):
        return True
    return len(line) <= 80 and lines.date_only(line, when.find_dates(line))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["March", "3,", "2025", "3", "hours", "ago", "today", "05.06.2025", "2025-03-02",
                                 "1st", "Sept.", "vor", "2", "Tagen", "x" * 30, "words", "\u2003", ""]), max_size=8),
       st.sampled_from([" ", "   ", " " * 40, "\t", "\u00a0", "\u3000 ", "\n"]))
def test_date_line_shortcut_answers_as_the_patterns(pieces, sep):
    text = sep.join(pieces)
    dates.is_date_line.cache_clear()
    assert dates.is_date_line(text) == _date_line_plainly(text), text


def test_date_line_shortcut_keeps_a_date_padded_past_80_characters():
    padded = "March" + " " * 80 + "3, 2025"   # three words: the shortcut must not answer for it
    assert dates.is_date_line(padded) == _date_line_plainly(padded) == True   # noqa: E712
    assert not dates.is_date_line("Councils approve a budget for the new bridge on March 3, 2025, after a long dispute")


def test_a_classified_line_comes_back_from_a_worker_whole():
    """Line pickles as its constructor's arguments (the workers that classify a long page send the
    lines back so): every field, set to something other than its default, survives the trip."""
    import dataclasses
    import pickle

    from chronicle.ingest.lines import Line

    odd = {"int": 7, "str": "x", "bool": True, "list": ["y"]}
    line = Line(**{f.name: odd[f.type] for f in dataclasses.fields(Line)})
    assert all(getattr(line, f.name) != f.default for f in dataclasses.fields(Line) if f.default is not dataclasses.MISSING)
    assert pickle.loads(pickle.dumps(line)) == line


_DATE_PIECES = [*when.MONTHS, *when.DAY_WORDS, "TODAY", "HEUTE", "İeri", "ſept", "Sept.", "1st", "1er", "3º", "22.",
                "de", "del", "2025", "25", "7", "31", "-", ".", "/", ":", ",", "ago", "vor 2 Tagen", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES) | st.integers(0, 2030).map(str), min_size=1, max_size=7),
       st.lists(st.sampled_from([" ", "", "  ", "\t", "\u00a0", "-", ".", "/", ", "]), min_size=6, max_size=6))
def test_date_hints_are_found_wherever_their_pattern_matches(pieces, seps):
    text = "".join(p + seps[i % len(seps)] for i, p in enumerate(pieces)).strip()
    for kind, rx in when.PATTERNS:
        if rx.search(text) and kind in datescan.FORM_HINTS:   # (a kind without a hint is always tried)
            assert datescan.FORM_HINTS[kind].search(text), (kind, text)
    if when._DAY_WORD.search(text):
        assert when._DAY_HINT.search(when.folded(text)), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Subscribe", "now", "to our newsletter.", "Sign", "up", "today.", "SUPPORT", "our",
                                 "journalism.", "Donate", "İ", "Read", "more.", "The", "minister", "said."]), max_size=12),
       st.lists(st.sampled_from([" ", "\n", "  ", "\t", " \n "]), min_size=4, max_size=4))
@example(["The", "minister", "said.", "Subscribe", "now"], ["\n"] * 4)   # a promo's words across a line break
def test_promo_shortcut_drops_what_each_sentence_checked_drops(words, seps):
    text = "".join(w + seps[i % len(seps)] for i, w in enumerate(words))
    patterns = clean.promo_patterns()
    kept = [s for s in sentences(text) if not clean.is_promo(s, patterns)]
    dropped = len(sentences(text)) - len(kept)
    assert clean.drop_promos(text, patterns) == ((" ".join(kept), dropped) if dropped else (text, 0))


_PLAIN_CAPTION_HINT = re.compile(r"(?i)file|archiv|foto|photo|image|bild|picture|credit|crédit|\((?:ap|afp|reuters|getty|epa|dpa)")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["FILE", "File", "fıle", "Archivbild", "ARCHİV", "Foto:", "PHOTO", "Photograph:", "İMAGE",
                                 "Bild", "picture", "Credit:", "CRÉDIT", "Crédits", "(AP Photo/Jane Doe)", "(AFP)", "(dpa)",
                                 "(REUTERS/X)", "(Getty Images)", "ſ", "K", "x", "-", ":", "—", "The council met."]),
                max_size=6))
def test_caption_hint_is_found_wherever_the_case_blind_hint_is(pieces):
    line = " ".join(pieces)
    if _PLAIN_CAPTION_HINT.search(line):
        assert lines._CAPTION_HINT.search(when.folded(line)), line
    if lines.CAPTION.search(line):   # (what the hint guards)
        assert lines._CAPTION_HINT.search(when.folded(line)), line


def test_caption_lines_are_furniture_whatever_their_case():
    outlets_ = outlets.Outlets()
    for text in ("FILE - Firefighters at the scene", "Photo: Jane Doe/REUTERS", "CRÉDIT : AFP",
                 "Workers repair the dam. (AP Photo/John Smith)", "ARCHİVBİLD: Der Landtag"):
        assert lines.classify(1, text, 0, outlets_).kind == "furn", text
    assert lines.classify(1, "Councils review a hospital merger in Ohio", 0, outlets_).kind == "head"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="abé ©(.", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="abcé ©(.", max_size=30))
@example(["fol", "folg", "follow"], "we follow")   # a word that starts others
@example(["(ap", "a"], "(b")
def test_words_hint_finds_a_text_that_holds_any_of_its_words(words, text):
    assert bool(hints.words_hint(words).search(text)) == any(w in text for w in words)


def test_hint_words_are_the_patterns_words():
    """The hints made trees find the words the plain alternations found, in the lines they found them."""
    for rx, words in ((lines._READ_MORE_HINT, lines.READ_MORE_WORDS), (simple._READ_MORE_HINT, simple.READ_MORE_WORDS)):
        assert all(rx.search(f"x {w} y") for w in words)
    assert not lines._CAPTION_HINT.search("councils review a hospital merger, reuters reports")
    assert lines._CAPTION_HINT.search("(reuters/x)") and lines._CAPTION_HINT.search("crédit")
