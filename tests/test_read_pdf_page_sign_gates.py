"""The two signs read over every page's text, garbled fonts (garbled.py) and misread accents (standardaccents.py), look
first for what their pattern must hold: a page that is printable holds no control character, a text without an accent
of the standard encoding no misread letter. Their answers are those of the patterns counted over every text, which
are kept here as the specification."""

from __future__ import annotations

import random

from histkit.read.pdf.garbled import _CONTROL, _FEWEST, _SHARE, garbled
from histkit.read.pdf.standardaccents import _MISREAD, LEAST, misread_accents


def _garbled_counted(texts: list[str]) -> bool:
    characters = sum(len(t) for t in texts)
    control = sum(len(_CONTROL.findall(t)) for t in texts)
    return control >= _FEWEST and control > _SHARE * characters


def _misread_counted(texts: list[str]) -> bool:
    return sum(len(_MISREAD.findall(text)) for text in texts) >= LEAST


_LETTERS = "aeonszAEZ õÂÄÈÁÏÉé \u00a0\t\n\x03\x04\x7f\ufffd\u200b12.,-ßčŠ"


def _texts(rng: random.Random) -> list[str]:
    return ["".join(rng.choice(_LETTERS) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(0, 6))]


def test_a_printable_page_is_no_garbled_one_and_the_rest_are_counted():
    rng = random.Random(11)
    cases = [_texts(rng) for _ in range(4000)] + [["0SVIQ\x04MTWYQ", "HSPSV\x04WMX\x04EQIX"], ["Lorem ipsum"],
                                                   ["\ufffd" * 3, "abc"], ["a\ufffd"], []]
    assert [garbled(texts) for texts in cases] == [_garbled_counted(texts) for texts in cases]
    assert garbled(["\ufffd\ufffd\ufffd ok"]) and not garbled(["plain text, printable \u00a0 throughout"])


def test_only_texts_holding_an_accent_are_searched_for_misread_letters():
    rng = random.Random(12)
    cases = [_texts(rng) for _ in range(4000)] + [["Gonzalo SaÂenz and Miguel MunÄoz", "RodrõÂguez"],
                                                   ["CHÂTEAU, Ändern"], ["plain ascii", "lines"], []]
    assert [misread_accents(texts) for texts in cases] == [_misread_counted(texts) for texts in cases]
    assert misread_accents(["SaÂenz", "MunÄoz"]) and not misread_accents(["Sáenz", "Muñoz"])
