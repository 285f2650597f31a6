"""Years marked as before or in the common era, written with ISO 8601's astronomical numbering (1 BC is 0000)."""

import pytest

from histkit.dates.commonera import find_era_dates


def _read(text):
    return [(d.surface, d.date_start, d.date_end, d.precision) for d in find_era_dates(text)]


@pytest.mark.parametrize("text, surface, start", [
    ("Caesar died in 44 BC.", "44 BC", "-0043-01-01"),
    ("Varus fell in AD 9.", "AD 9", "0009-01-01"),
    ("Salamis, 480 v. Chr., und", "480 v. Chr.", "-0479-01-01"),
    ("en 46 av. J.-C. ;", "46 av. J.-C.", "-0045-01-01"),
    ("en el 218 a. C. y", "218 a. C.", "-0217-01-01"),
    ("около 647 г. до н. э. и", "647 г. до н. э.", "-0646-01-01"),
    ("w 146 r. p.n.e., a", "146 r. p.n.e.", "-0145-01-01"),
    ("το 267 μ.Χ. οι", "267 μ.Χ.", "0267-01-01"),
    ("the Incarnation in 1 BC", "1 BC", "0000-01-01"),
])
def test_a_year_with_its_eras_mark_is_read_whatever_its_digits(text, surface, start):
    assert [(s, b) for s, b, _, _ in _read(text)] == [(surface, start)]


def test_a_span_across_the_era_is_one_span_of_astronomical_years():
    assert _read("the principate (27 BC–AD 14)") == [("27 BC–AD 14", "-0026-01-01", "0014-12-31", "year")]


def test_the_mark_after_a_spans_last_end_is_both_ends():
    assert _read("von 490 bis 479 v. Chr. gerechnet") == [("490 bis 479 v. Chr.", "-0489-01-01", "-0478-12-31", "year")]
    assert _read("tra il 133 e il 121 a.C., si") == [("133 e il 121 a.C.", "-0132-01-01", "-0120-12-31", "year")]


def test_two_years_joined_by_and_are_a_span_only_after_a_word_for_between():
    assert _read("Between c. 1200 and 1150 BC the") == [("1200 and 1150 BC", "-1199-01-01", "-1149-12-31", "year")]
    assert _read("der 431 begann und 404 v. Chr. endete") == [("404 v. Chr.", "-0403-01-01", "-0403-12-31", "year")]


def test_a_year_of_two_is_the_span_of_the_two_in_the_eras_direction():
    assert _read("um 508/7 v. Chr.") == [("508/7 v. Chr.", "-0507-01-01", "-0506-12-31", "year")]
    assert _read("(AD 538/9)") == [("AD 538/9", "0538-01-01", "0539-12-31", "year")]
    assert _read("(389/8–349/8 гг. до н. э.)") == [("389/8–349/8 гг. до н. э.", "-0388-01-01", "-0347-12-31", "year")]


def test_a_day_or_month_before_a_marked_year_is_read_with_it():
    assert _read("on 15 March 44 BC,") == [("15 March 44 BC", "-0043-03-15", "-0043-03-15", "day")]
    assert _read("dédié le 1er août 12 av. J.-C., et") == [("1er août 12 av. J.-C.", "-0011-08-01", "-0011-08-01", "day")]
    assert _read("τον Σεπτέμβριο του 480 π.Χ.") == [("Σεπτέμβριο του 480 π.Χ.", "-0479-09-01", "-0479-09-30", "month")]


def test_a_departmental_archives_number_after_AD_is_no_year():
    assert _read("AD 13, 5 M 12, lettre du préfet") == []
    assert _read("Finistère, Quimper (ci-après AD29), 4 M 312") == []


def test_the_marked_years_look_ahead_holds_wherever_a_marked_year_begins():
    # (`_marked` asks for a digit or a first letter of a mark written before its year before its look-behinds)
    from histkit.dates.commonera import _marked, era_marks
    assert _marked().pattern.startswith("(?=[\\d")
    for form in era_marks("before"):
        assert [m.group() for m in _marked().finditer(f"x, {form} 14 y")] == [f"{form} 14"]
