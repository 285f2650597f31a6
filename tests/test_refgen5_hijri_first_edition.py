"""An earlier edition's bracket with Hijri years and an ordinal before a colon (`1395 (چ 1: 1384)`), by its shape."""

from histkit.citations.rereadings import rereadings
from histkit.citations.tails import without_first_edition


def test_a_hijri_first_edition_bracket_after_the_cited_year_is_dropped():
    assert without_first_edition("تهران: امیرکبیر, 1395 (خخ 1: 1384), ص 233") == "تهران: امیرکبیر, 1395, ص 233"


def test_a_word_an_ordinal_and_a_colon_before_an_earlier_year_is_dropped():
    assert without_first_edition("Paris: Qwerty, 2005 (qq 1: 1988), p. 5") == "Paris: Qwerty, 2005, p. 5"


def test_a_bracket_whose_year_is_of_the_other_calendar_stays():
    assert without_first_edition("Paris, 2005 (qq 1: 1384)") == "Paris, 2005 (qq 1: 1384)"


def test_a_later_hijri_year_in_the_bracket_stays():
    assert without_first_edition("تهران, 1384 (خخ 2: 1395)") == "تهران, 1384 (خخ 2: 1395)"


def test_the_piece_without_the_bracket_is_a_rereading_for_the_classifier():
    piece = "هادی جلالوند, تاریخ بوشهر, تهران: امیرکبیر, 1395 (خخ 1: 1384), ص 233"
    assert "هادی جلالوند, تاریخ بوشهر, تهران: امیرکبیر, 1395, ص 233" in list(rereadings(piece))
