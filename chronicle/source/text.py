"""Plain-text helpers shared by the build and ingest: sentences, leads, headlines."""
from __future__ import annotations

import re

# Words whose trailing period does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
    "gov", "pres", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig",
    "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c",
}
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    """Split prose into sentences; abbreviations (U.S., Mr., Jan.) and initials do not end one."""
    text = " ".join(text.split())
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        out.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“‘'":
        word_start -= 1
    word = text[word_start:dot].lower().strip("\"'“”‘’()")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial: "John F. Kennedy"


def lead(text: str, limit: int = 300) -> str:
    """One or two whole sentences under `limit` characters; a shortened first sentence otherwise."""
    parts = sentences(text)
    if not parts:
        return ""
    chosen = parts[0]
    if len(parts) > 1 and len(chosen) + 1 + len(parts[1]) <= limit and len(chosen) < limit * 0.5:
        chosen = chosen + " " + parts[1]
    if len(chosen) <= limit:
        return chosen
    return _clause_cut(chosen, limit)


def _clause_cut(text: str, limit: int) -> str:
    """A sentence too long for a summary: cut at the last clause break that fits, else at a word."""
    window = text[: limit - 1]
    best = max(window.rfind(sep) for sep in (", ", "; ", " — ", " – ", ": "))
    if best >= limit * 0.5:
        return window[:best].rstrip(",;:—– ") + "…"
    return shorten(text, limit)


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary and mark the cut with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(",;:—–- ") + "…"


# --- headlines -------------------------------------------------------------------------------

_LEADING_CLAUSE = re.compile(
    r"^(?:following|after|before|despite|amid|in light of|in the wake of|while|as|during|with|"
    r"according to|in|on|at|since|although|though|when|if)\b[^,]{0,80},\s+", re.I)
_ATTRIBUTION = re.compile(
    r"^(?P<who>[^,]{3,80}?)\s+(?:has\s+|have\s+)?(?:alleges?|alleged|says?|said|reports?|reported|"
    r"reveals?|revealed|claims?|claimed|warns?|warned|argues?|argued|announced|stated|confirmed)\s+that\s+(?P<rest>.+)$")
_PAREN = re.compile(r"(?<!\s)\s*\([^()]{1,60}\)")
_CUT_WORDS = (
    "which", "who", "while", "whereas", "as", "after", "before", "since", "following", "amid", "despite",
    "because", "that", "by", "with", "without", "to", "for", "from", "in", "on", "at", "of", "and", "but",
    "including", "during", "over", "under", "into", "against", "alongside", "near", "across", "between",
    "toward", "towards", "through", "via", "ahead", "amid", "despite", "following", "until", "within",
)
_WEAK_END = {
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "as",
    "that", "which", "who", "its", "their", "his", "her", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "this", "these", "those", "than", "into", "over", "under", "about", "s",
}


def headline(text: str, limit: int = 90) -> str:
    """A headline derived from prose: a complete phrase under `limit` characters, never cut mid-word."""
    parts = sentences(text)
    if not parts:
        return ""
    first = _headline_of(parts[0], limit)
    if _whole(first, parts[0]) or _has_verb(first) or len(first) > limit * 0.6:
        return first
    for later in parts[1:3]:   # a cut that left a bare noun phrase is not a headline: try the next sentences
        h = _headline_of(later, limit)
        if len(h.split()) >= 4 and (_whole(h, later) or _has_verb(h)):
            return h
    return first


def _whole(head: str, sentence: str) -> bool:
    """Whether the headline is the whole sentence (a complete phrase by construction)."""
    return head == _clean_headline(sentence.strip())


def _headline_of(sentence: str, limit: int) -> str:
    candidate = _clean_headline(sentence.strip())
    if len(candidate) <= limit:
        return candidate
    for transform in (_drop_parens, _drop_leading_clause, _drop_appositives, _drop_attribution):
        shorter = _clean_headline(transform(candidate))
        if shorter and len(shorter.split()) >= 4:
            candidate = shorter
        if len(candidate) <= limit:
            return candidate
    for sep in (" — ", " – ", "; ", ": ", ", "):
        if sep in candidate:
            head = candidate.split(sep)[0]
            if 40 <= len(head) <= limit and len(head.split()) >= 7 and _balanced(head):
                return _clean_headline(head)
    return _cut_phrase(candidate, limit)


_TRAILING_SAID = re.compile(
    r",\s+(?:the\s+|a\s+)?[^,]{2,60}?\s+(?:said|says|reported|reports|announced|confirmed|added|warned)"
    r"(?:\s+on\s+\w+)?$")


def _clean_headline(text: str) -> str:
    text = " ".join(text.split()).strip()
    text = _TRAILING_SAID.sub("", text.rstrip(" ."))
    text = text.rstrip(" .;:,")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def _drop_parens(text: str) -> str:
    return _PAREN.sub("", text)


def _drop_leading_clause(text: str) -> str:
    return _LEADING_CLAUSE.sub("", text, count=1)


_APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an|who|which|whose|coupled with|along with|together with|including|once)\b|[a-z]+ing\b|[a-z]+ed\b)"
    r"[^,]{0,110},\s+")
_CLAUSE_WORDS = {
    "which", "who", "while", "whereas", "after", "before", "since", "following", "amid", "despite", "because",
    "including", "as", "during", "although", "though", "when", "where", "saying", "warning", "citing", "amid",
}


def _balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0 and text.count("(") == text.count(")")


def _drop_appositives(text: str) -> str:
    return _APPOSITIVE.sub(" ", text)


def _drop_attribution(text: str) -> str:
    m = _ATTRIBUTION.match(text)
    return m.group("rest") if m else text


_AUX = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
        "might", "must", "should", "shall", "does", "do", "did", "won't", "can't", "isn't", "aren't"}
_NOT_VERBS = {"need", "speed", "seed", "feed", "bed", "red", "hundred", "shed", "united", "limited", "advanced",
              "armed", "based", "alleged", "so-called", "detailed", "planned", "proposed", "related", "unnamed"}
_VERB_S = set("""says warns plans seeks faces urges calls backs vows agrees approves rejects denies claims launches
signs wins loses joins opens adds sees gets makes takes holds meets visits hits strikes kills reports reveals shows
signals raises cuts boosts extends expels summons accuses designates highlights paints suggests reflects signifies
pledges sends buys orders tells asks wants needs threatens slams praises welcomes announces confirms considers
prepares insists remains becomes leaves returns fails tests fires downs shoots captures retakes advances deploys
supplies provides delivers receives offers proposes demands refuses allows bans blocks lifts imposes targets attacks
condemns grows falls rises drops doubles halves admits defends backs eyes mulls weighs unveils outlines""".split())
_VERB_S |= {w[:-2] if w.endswith(("ches", "shes", "sses", "xes")) else w[:-3] + "y" if w.endswith("ies") else w[:-1]
            for w in _VERB_S}   # base forms: "officials deny", "allies plan"


def _has_verb(text: str) -> bool:
    """Whether a phrase has something that looks like a finite verb (a headline, not a bare noun phrase)."""
    words = [w.strip("“”\"'‘’(),.;:").lower() for w in text.split()[1:]]
    for w in words:
        if w in _AUX or w in _VERB_S:
            return True
        if len(w) >= 4 and w.endswith("ed") and w not in _NOT_VERBS:
            return True
    return False


def _cut_phrase(text: str, limit: int) -> str:
    """Cut before a clause or preposition word so that what is left reads as a phrase."""
    words = text.split()
    best = clause_best = complete_best = ""
    for i in range(3, len(words)):
        word = words[i].lower().strip(",;:")
        if word not in _CUT_WORDS and word not in _CLAUSE_WORDS:
            continue
        head = " ".join(words[:i]).rstrip(",;:—– ")
        if len(head) > limit:
            break
        if head.split()[-1].lower().strip("’'\"") in _WEAK_END or not _balanced(head):
            continue
        best = head
        if word in _CLAUSE_WORDS and len(head) >= 45:
            clause_best = head
        if _has_verb(head):
            complete_best = head
    if clause_best and not _has_verb(clause_best):
        clause_best = ""
    best = clause_best or complete_best or best
    if not best:
        best = ""
        for w in words:
            if len((best + " " + w).strip()) > limit:
                break
            best = (best + " " + w).strip()
        while best and best.split()[-1].lower() in _WEAK_END and len(best.split()) > 3:
            best = best.rsplit(" ", 1)[0]
    return _clean_headline(best)
