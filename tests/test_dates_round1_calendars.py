"""Dates round 1 (tests/fixtures/dates/round1): another calendar's day written before the Gregorian one it gives."""

from histkit.dates import find_dates


def _read(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text)]


def test_a_rumi_day_with_its_gregorian_day_in_brackets_is_one_date_the_gregorian():
    assert _read("Rumi takvim: 1 Mart 1335 (1 Mart 1919) gibi.") == [
        ("1 Mart 1919", "1919-03-01", "1919-03-01")]


def test_a_hijri_day_with_its_mark_glued_to_the_year_and_the_gregorian_in_brackets_is_one_date():
    assert _read("وفي 15 رمضان 1337هـ (14 يونيو 1919م) عقد اجتماع") == [
        ("14 يونيو 1919", "1919-06-14", "1919-06-14")]
