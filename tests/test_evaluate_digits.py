"""The scorer compares numbers by value, whatever script's digits print them."""

import unicodedata

from histkit.evaluate import field_agrees
from histkit.evaluate.compare import ascii_digits, squeeze


def test_any_scripts_decimal_digits_become_ascii():
    assert ascii_digits("۱۳۸۸ ٤٥ ३ 7") == "1388 45 3 7"


def test_strict_equality_takes_persian_pages_for_their_ascii_value():
    assert field_agrees("pages", "۴۵–۵۲", "45–52", soft=False) and squeeze("ص ۶۰") == "ص 60"


def test_a_different_number_still_disagrees():
    assert not field_agrees("year", "۱۳۸۸", "1389", soft=False)


def test_every_decimal_digit_of_unicode_becomes_its_ascii_digit_and_nothing_else_changes():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    expected = "".join(str(unicodedata.digit(c)) if c.isdecimal() else c for c in every)
    assert ascii_digits(every) == expected


def test_a_text_without_other_digits_comes_back_unchanged():
    assert ascii_digits("Dragosavljević, „Prilog“, ² 45 (2013), Ⅻ") == "Dragosavljević, „Prilog“, ² 45 (2013), Ⅻ"
