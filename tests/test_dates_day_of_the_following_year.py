"""A day and month a phrase puts in another year than the date before (`1. ledna následujícího roku`) is a relative
date, no row (the date rounds' rules 113 and 150); one of the same year is read in it."""

from histkit.dates import find_dates
from histkit.dates.sameyear import days_in_the_year_before


def _days(text):
    return [(d.surface, d.date_start) for d in days_in_the_year_before(text, find_dates(text))]


def test_a_day_of_the_following_year_is_no_date():
    assert _days("Zákon byl přijat 27. října 1968 a vstoupil v platnost 1. ledna následujícího roku.") == []


def test_a_day_of_the_same_year_is_read_in_it():
    assert _days("Zákon byl přijat 27. října 1968 a vstoupil v platnost 1. prosince téhož roku.") == [
        ("1. prosince", "1968-12-01")]
