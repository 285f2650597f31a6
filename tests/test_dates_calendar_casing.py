"""A Rumi month's name in any case or with either Turkish i (found by speeddate7's random forms: `KANUN-I EVVEL`
raised KeyError, and so did the dotted `Kanun-i evvel` an English article prints)."""

from histkit.dates import find_dates


def test_a_rumi_month_with_a_dotted_i_is_read_as_the_dotless_name_of_the_list():
    found = find_dates("am 2. Kanun-i evvel 1329")
    assert [(d.surface, d.date_start) for d in found] == [("2. Kanun-i evvel 1329", "1913-12-15")]


def test_a_rumi_month_in_capitals_is_no_error():
    assert [d.surface for d in find_dates("2 KANUN-I EVVEL 1329")] == ["2 KANUN-I EVVEL 1329"]
