"""Centuries before the eleventh, and before the common era with its mark, as historians count them (rule 128)."""

import pytest

from histkit.dates.centuries import find_centuries


def _read(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_centuries(text)]


@pytest.mark.parametrize("text, surface, start, end", [
    ("im 5. Jh. v. Chr. wuchs", "5. Jh. v. Chr.", "-0498-01-01", "-0399-12-31"),
    ("du IIe siècle av. J.-C. n'est", "IIe siècle av. J.-C.", "-0198-01-01", "-0099-12-31"),
    ("Nel III secolo a.C. la", "III secolo a.C.", "-0298-01-01", "-0199-12-31"),
    ("во второй половине VII в. до н. э.:", "VII в. до н. э.", "-0698-01-01", "-0599-12-31"),
    ("Τον 5ο αιώνα π.Χ. η", "5ο αιώνα π.Χ.", "-0498-01-01", "-0399-12-31"),
    ("the first century BC", "first century BC", "-0098-01-01", "0000-12-31"),
])
def test_a_century_with_a_mark_before_the_era_is_its_hundred_years_counted_down(text, surface, start, end):
    assert _read(text) == [(surface, start, end)]


@pytest.mark.parametrize("text, surface, start", [
    ("By the mid-fifth century the", "fifth century", "0400-01-01"),
    ("Au Ier siècle apr. J.-C., la", "Ier siècle apr. J.-C.", "0001-01-01"),
    ("de 3e eeuw n.Chr. de grens", "3e eeuw n.Chr.", "0200-01-01"),
    ("A mediados del siglo VIII, Abderramán", "siglo VIII", "0700-01-01"),
])
def test_a_century_of_the_first_ten_is_read_as_later_ones_are(text, surface, start):
    assert [(s, b) for s, b, _ in _read(text)] == [(surface, start)]


def test_two_centuries_a_word_for_to_parts_are_one_span_across_the_era():
    assert _read("trwał od I w. p.n.e. do IV w. n.e. Szlak") == [("I w. p.n.e. do IV w. n.e.", "-0098-01-01", "0399-12-31")]


def test_a_millennium_with_an_eras_mark_is_its_thousand_years_and_without_one_no_date():
    assert _read("a creation of the first millennium BC. Its") == [("first millennium BC", "-0998-01-01", "0000-12-31")]
    assert _read("większa część II tysiąclecia p.n.e. i") == [("II tysiąclecia p.n.e.", "-1998-01-01", "-0999-12-31")]
    assert _read("the first millennium of Christianity") == []
