"""Date forms of archival notes read in generality round 9: a month span without spaces round its dash, German days
joined by an abbreviated `u.`, and year-first Julian dates with the Gregorian day bracketed after the Julian one."""

from histkit.dates import find_dates


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text)]


def test_month_span_with_a_dash_and_no_spaces_is_both_months():
    assert _read("Reports, March–April 1921.") == [("1921-03-01", "1921-04-30", "month")]


def test_german_days_joined_by_abbreviated_und_are_one_span():
    assert _read("Brief vom 3. u. 4.5.1961.") == [("1961-05-03", "1961-05-04", "day")]


def test_year_first_julian_day_with_the_gregorian_day_bracketed_reads_the_gregorian():
    assert _read("raportas, 1870 m. kovo 2 (14) d.") == [("1870-03-14", "1870-03-14", "day")]


def test_year_first_julian_date_across_a_month_reads_the_bracketed_month_and_day():
    assert _read("laiškas, 1871 m. gegužės 25 (birželio 6) d.") == [("1871-06-06", "1871-06-06", "day")]
