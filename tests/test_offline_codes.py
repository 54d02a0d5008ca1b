"""The offline index's postings codes (outputs/offline.py: differences in base 32, or a bitmap
of a digit per three articles), made and read through lookup tables since a date edit decodes
and encodes hundreds of terms: every set of postings reads back as it was, and its code is the
shorter of the two forms, whatever the number of articles (1, 2, 3 and the rest of a bitmap
digit included)."""
from __future__ import annotations

import random
from array import array

from chronicle.outputs.offline import BITMAP, decode, encode, posting_code


def test_postings_read_back_and_take_the_shorter_form():
    rng = random.Random(2026)
    for _ in range(2000):
        docs = rng.choice([1, 2, 3, 4, 5, 6, 7, 64, 1000, 10000])
        numbers = sorted(rng.sample(range(docs), rng.randint(1, docs)))
        postings = array("I", [n * 2 + rng.randint(0, 1) for n in numbers])
        code = posting_code(postings, docs)
        assert decode(code) == list(postings)
        deltas = encode(postings)
        bitmap_length = 1 + (docs + 2) // 3
        if len(deltas) <= bitmap_length:
            assert code == deltas
        else:
            assert code.startswith(BITMAP) and len(code) <= bitmap_length


def test_a_code_with_a_foreign_digit_is_refused():
    for code in ("0a!", BITMAP + "0?"):
        try:
            decode(code)
        except (KeyError, ValueError):
            continue
        raise AssertionError(f"{code!r} was read")
