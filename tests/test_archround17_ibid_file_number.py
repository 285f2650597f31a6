"""A Russian-style Ibid. naming a file in the thousands and its leaves (round 17, tat:3)."""

from histkit.citations.unitnumber import year_not_unit
from histkit.dates import find_date_groups


def test_a_file_number_followed_by_its_leaves_is_no_year():
    tail = "Д. 1587. Л. 14 об."
    assert year_not_unit(find_date_groups(tail), tail, True) == []


def test_a_date_after_the_leaves_is_still_read():
    tail = "Д. 87. Л. 4. 3 мая 1911 г."
    assert [d.surface for d in year_not_unit(find_date_groups(tail), tail, True)] == ["3 мая 1911 г."]  # (the year's abbreviation is the surface's: dates round 2)
