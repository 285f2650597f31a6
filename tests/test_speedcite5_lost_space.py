"""The text layer's lost-space patterns, opening with the point or comma they consume (or tried only before a point a
digit follows), find what the look-behind-led patterns they stand in for found."""

import random
import re

from histkit.citations import textlayer

# the patterns as they were written: the specification
_LETTER = "[A-Za-zÀ-ɏͰ-ϿЀ-ӿ]"
_ABBREVIATION = r"(?![A-Z]+\.)(?![ivx]+\.)" + _LETTER + r"{1,5}\."
_AFTER = re.compile(r"(?:(?<=\d)|(?<=" + _LETTER * 2 + r"))[.,](?=" + _ABBREVIATION + r"\d)|(?<=\.),(?=" + _LETTER + ")")
_LOST = re.compile(r"(?<![\w./])" + _ABBREVIATION + r"(?=\d)")

_PARTS = ["f.495", ",op.74", ",d.12", "Там же.Д.773", ".Л.12", "Ebd.,Bl.12r", "12.IV.1957", "MS.5678", "A/HRC/19/63/Add.1",
          "a.1b.2", "ivx.3", "XIV.4", "abcdef.5", "Bl.", "12", ".", ",", " ", "/", "Ф.", "z.10", "é.7", "_x.8", "\n", "ab"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 8))) for _ in range(count)]


def _found(matches) -> list:
    return [(m.span(), m.group()) for m in matches]


def test_the_space_after_a_number_or_a_word_is_found_where_the_look_behind_led_pattern_found_it():
    texts = _texts(11, 4000)
    assert [_found(textlayer._LOST_SPACE_AFTER.finditer(t)) for t in texts] == [_found(_AFTER.finditer(t)) for t in texts]
    assert sum(bool(_AFTER.search(t)) for t in texts) > 1000


def test_the_space_after_an_abbreviation_is_found_where_the_look_behind_led_pattern_found_it():
    texts = _texts(12, 4000) + ["f.495,op.74,d.12", "a.1b.2", "x a.1.2", "Bl.12 Bl.13", "abcdef.5 abcde.6"]
    assert [_found(textlayer._lost_spaces(t)) for t in texts] == [_found(_LOST.finditer(t)) for t in texts]
    assert sum(bool(_LOST.search(t)) for t in texts) > 1000


def test_a_space_lost_after_an_abbreviation_of_six_letters_is_not_put_back():
    assert _found(textlayer._lost_spaces("abcdef.5 abcde.6")) == [((9, 15), "abcde.")]
