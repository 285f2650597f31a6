"""The scorer compares numbers by value, whatever script's digits print them."""

from histkit.evaluate import field_agrees
from histkit.evaluate.compare import ascii_digits, squeeze


def test_any_scripts_decimal_digits_become_ascii():
    assert ascii_digits("۱۳۸۸ ٤٥ ३ 7") == "1388 45 3 7"


def test_strict_equality_takes_persian_pages_for_their_ascii_value():
    assert field_agrees("pages", "۴۵–۵۲", "45–52", soft=False) and squeeze("ص ۶۰") == "ص 60"


def test_a_different_number_still_disagrees():
    assert not field_agrees("year", "۱۳۸۸", "1389", soft=False)
