"""A month name read case-insensitively (`_caseless_month`) is sought only among names of the token's fold, and
answers as trying every name of the token's length does."""

import random
import re

from histkit.dates import words
from histkit.dates.words import _caseless_month, month_names


def _every_name(token: str) -> int | None:
    # the search as it stood: every name, those without a stop first, each tried with `re.IGNORECASE`
    if not token or not token[0].isalpha():
        return None
    for dotted in ("", "."):
        for name, month in month_names().items():
            bare = name[:-1] if name.endswith(".") else name
            if name.endswith(".") == bool(dotted) and len(bare) == len(token) \
                    and re.fullmatch(re.escape(bare), token, re.IGNORECASE):
                return month
    return None


def test_a_name_in_capitals_with_a_letter_re_counts_as_its_own_is_read():
    assert _caseless_month("KASIM") == 11  # (Turkish kasım: dotless i)
    assert _caseless_month("ſeptember") == 9  # (long s)


def test_a_word_no_month_is_named_by_is_none():
    assert _caseless_month("Archive") is None
    assert _caseless_month("") is None
    assert _caseless_month("4. maja") is None


def test_the_names_tried_answer_as_every_name_does_on_shaped_tokens():
    rng = random.Random(11)
    alike = {"s": "ſS", "i": "ıIİ", "k": "K\u212a", "σ": "ςΣ", "μ": "µΜ"}  # (letters `re` counts as one, and capitals)
    names = sorted(month_names())
    tokens = ["KASIM", "Kasım", "MAJA", "sept", "SEPT", "ſept", "Listopad", "İyun", "Mart", "März", "MÄRZ", "x", "Ab"]
    for _ in range(400):
        bare = rng.choice(names).rstrip(".")
        tokens.append("".join(rng.choice(alike.get(c.lower(), "") + c + c.upper()) for c in bare))
    tokens += ["".join(rng.choice("aeiklmnorstuıſKÄäIİ") for _ in range(rng.randint(1, 9))) for _ in range(200)]
    assert [_caseless_month(t) for t in tokens] == [_every_name(t) for t in tokens]


def test_the_parts_follow_the_names_they_were_made_of():
    first = words._names_by_fold({"maja": 5})
    assert first[("maja", "")] == [("maja", 5)]
    assert words._names_by_fold({"junij": 6}) == {("junij", ""): [("junij", 6)]}
