"""Centuries in Greek, Romanian, Ukrainian, Dutch and Persian (dates round 2)."""

from histkit.dates.centuries import find_centuries


def _read(text):
    return [(d.surface, d.date_start) for d in find_centuries(text)]


def test_a_greek_century_with_its_ordinal_ending():
    assert _read("Στα τέλη του 20ού αιώνα η έρευνα") == [("20ού αιώνα", "1900-01-01")]


def test_a_romanian_century_with_al_and_lea():
    assert _read("Istoriografia secolului al XIX-lea a pus") == [("secolului al XIX-lea", "1800-01-01")]


def test_a_ukrainian_century_abbreviated():
    assert _read("Історіографія XIX ст. зосереджувалася") == [("XIX ст.", "1800-01-01")]


def test_a_dutch_century_in_words():
    assert _read("de lange negentiende eeuw eindigde") == [("negentiende eeuw", "1800-01-01")]


def test_a_persian_century_in_words():
    assert _read("ریشه‌ها را در قرن نوزدهم جستند") == [("قرن نوزدهم", "1800-01-01")]
