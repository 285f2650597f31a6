"""Patterns that opened with a look-behind, now opening with the character they consume (the look-behind asked after
it) or tried only after each `. `, find what the look-behind-led patterns they stand in for found."""

import random
import re

from histkit.citations import proseref, tails, textlayer
from histkit.citations.words import LOWER, UPPER, alternation

# the patterns as they were written: the specification
_SENTENCE_END = re.compile(rf"(?:(?<=[^\W\d_]{{3}})|(?<=[^\W\d_]{{3}}[”\"’»]))[.!?][”\"’»]?\s+(?=[{UPPER}])"
                           rf"|(?<={LOWER}{{3}}),\s+(?=[{UPPER}])"
                           rf"|(?:(?<=[^\W\d_])|(?<=\))),\s+(?:{alternation('reference_words.csv', 'in_prose')})\s+(?=[{UPPER}])")
_STOP = re.compile(rf"(?<=[^\W\d_]{{3}})[.!?][”\"’»]?\s+(?=[{UPPER}])")
_NUMBER_STOP = re.compile(r"(?<=\d)\.(?=\s*(?:[–—,-]|$))")
_COMMA_STOP = re.compile(r"(?<=\d)\.(?=\s*(?:,|$))")
_COMMA_GLUED = re.compile(r"(?<=[^\W\d_]{2}),(?=[A-ZÀ-Þ]|[a-zß-ÿ]{1,5}\.)|;(?=[^\W\d_])")
_IBID_RESTS = sorted({form[1:] for form in textlayer.forms("ibid.csv", "ibid") if form[:1] == "I" and len(form) > 2}, key=len)
_OCR_IBID = re.compile(r"(?<!\w)l(?=(?:" + "|".join(map(re.escape, reversed(_IBID_RESTS))) + r")(?!\w))")

_PARTS = ["abc", "Abc", "xy", "é", "É", ". ", "! ", "? ", ", ", ",", ";", "”", "»", ".” ", "(", ")", " ", "  ", "in ",
          "dans ", "Mr. ", "abcd. Efg", "1", "12", ".", "–", "-", "l", "lbid.", "Xlbid", "lvi", "O", "p. ", "pp. ", "S. ",
          "s. ", "Sp. ", "Anm. ", "Fn. ", "n. ", "xp. ", "l)", "6l", "ll0", "op.", "\n", "12.", "1.–", "4.,"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def _found(matches) -> list:
    return [(m.span(), m.group()) for m in matches]


def _same(new, old, seed: int) -> None:
    texts = _texts(seed, 4000)
    assert [_found(new.finditer(t)) for t in texts] == [_found(old.finditer(t)) for t in texts]
    assert [new.search(t, 2, len(t) - 1) and new.search(t, 2, len(t) - 1).span() for t in texts] == \
        [old.search(t, 2, len(t) - 1) and old.search(t, 2, len(t) - 1).span() for t in texts]
    assert sum(bool(old.search(t)) for t in texts) > 200


def test_a_sentence_end_is_found_where_the_look_behind_led_pattern_found_it():
    _same(proseref._SENTENCE_END, _SENTENCE_END, 21)
    _same(proseref._STOP, _STOP, 22)


def test_a_full_stop_after_a_number_is_found_where_the_look_behind_led_pattern_found_it():
    _same(tails.NUMBER_STOP, _NUMBER_STOP, 23)
    _same(tails._COMMA_STOP, _COMMA_STOP, 24)


def test_a_glued_comma_and_an_ocr_ibid_are_found_where_the_look_behind_led_patterns_found_them():
    _same(textlayer._COMMA_GLUED, _COMMA_GLUED, 25)
    _same(textlayer._ocr_ibid(), _OCR_IBID, 26)


def test_an_ocr_page_number_is_found_after_each_full_stop_and_space_as_the_pattern_finds_it():
    texts = _texts(27, 4000) + ["p. 6l; s. ll0 und Anm. l)", "pp. 4l, 12", "S. l23 S. O", "xp. 12"]
    assert [_found(textlayer._ocr_pages(t)) for t in texts] == [_found(textlayer._OCR_PAGE.finditer(t)) for t in texts]
    assert sum(bool(textlayer._OCR_PAGE.search(t)) for t in texts) > 100
