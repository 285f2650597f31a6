"""Dates in each language's forms (generality round 5, in-sample): a Julian day with the Gregorian one in brackets,
a Roman month between hyphens, `month de year`, Latin, Hebrew and Maghrebi Arabic month names, another calendar's
year before its bracketed Gregorian date, `et du` between two days; each on invented input."""

from histkit.dates import find_dates


def spans(text):
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text)]


def test_julian_day_with_the_gregorian_day_in_brackets_is_read_as_the_gregorian_day():
    assert spans("писмо от 7 (20) март 1913 г.") == [("1913-03-20", "1913-03-20", "day")]
    assert spans("τηλεγράφημα 28 (10) Ιουνίου 1913") == [("1913-06-10", "1913-06-10", "day")]


def test_roman_month_between_hyphens_is_a_day():
    assert spans("carta de 12-IX-1588.") == [("1588-09-12", "1588-09-12", "day")]


def test_month_de_year_is_a_month():
    assert spans("cartas de marzo de 1601") == [("1601-03-01", "1601-03-31", "month")]


def test_latin_month_in_the_genitive_after_a_day():
    assert spans("sessio diei 2 Decembris 1701") == [("1701-12-02", "1701-12-02", "day")]


def test_hebrew_months_with_the_prefix_in_and_the_and_prefix_between_days():
    assert spans("מכתב, 4 בינואר 1946") == [("1946-01-04", "1946-01-04", "day")]
    assert spans("ישיבות 2 ו־9 במאי 1946") == [("1946-05-02", "1946-05-09", "day")]


def test_hijri_year_before_its_bracketed_gregorian_date_is_not_read():
    assert spans("رسالة 2 رجب 1360 (26 جويلية 1941)") == [("1941-07-26", "1941-07-26", "day")]


def test_a_gregorian_year_before_a_bracketed_date_stays_a_year():
    assert spans("in 1950 (12 March 1951)")[0] == ("1950-01-01", "1950-12-31", "year")


def test_et_du_joins_two_days_of_one_month():
    assert spans("lettres du 4 et du 19 mai 1921") == [("1921-05-04", "1921-05-19", "day")]
