"""The Basque year first (`1937ko`) before a month in the inessive without a day (`1970eko abenduan`, "in December
1970"), and a day with the ending `-n` (`1959ko uztailaren 31n`)."""

from histkit.dates import find_dates


def _read(text):
    return [(d.surface, d.date_start, d.date_end, d.precision) for d in find_dates(text)]


def test_a_basque_year_and_month_without_a_day_is_that_month():
    assert _read("Prozesua 1970eko abenduan egin zen.") == [("1970eko abenduan", "1970-12-01", "1970-12-31", "month")]
    assert _read("Batzarra 1934ko martxoan egin zen.") == [("1934ko martxoan", "1934-03-01", "1934-03-31", "month")]


def test_a_basque_day_may_end_in_n():
    assert _read("ETA 1959ko uztailaren 31n sortu zen.") == [("1959ko uztailaren 31n", "1959-07-31", "1959-07-31", "day")]
