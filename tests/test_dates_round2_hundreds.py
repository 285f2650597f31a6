"""A Swedish or Finnish decade word on a hundred names the century (dates round 2)."""

from histkit.dates import find_dates


def test_a_hundred_with_talet_is_its_century_and_a_decade_stays_a_decade():
    found = find_dates("under 1800-talet och på 1830-talet")
    assert [(d.surface, d.date_start, d.date_end) for d in found] == [("1800-talet", "1800-01-01", "1899-12-31"),
                                                                      ("1830-talet", "1830-01-01", "1839-12-31")]
