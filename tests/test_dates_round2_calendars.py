"""A day of another calendar with its Gregorian day in brackets is one date, surface the whole (dates round 2)."""

from histkit.dates import find_dates


def test_a_solar_hijri_day_with_its_gregorian_day_in_brackets():
    found = find_dates("مصدق در ۷ اردیبهشت ۱۳۳۰ (۲۸ آوریل ۱۹۵۱) به نخست‌وزیری برگزیده شد")
    assert [(d.surface, d.date_start) for d in found] == [("۷ اردیبهشت ۱۳۳۰ (۲۸ آوریل ۱۹۵۱)", "1951-04-28")]
