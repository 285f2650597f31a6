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


def test_a_span_of_years_with_the_lithuanian_year_word_after_it_dates_the_citation():
    import pandas as pd

    from histkit.citations import extract_citations

    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["VUBR, f. 7, ap. 1, b. 31, 1931–1933 m."]})
    rows = extract_citations(notes).citations
    assert [(r.date_start, r.date_end, r.date_precision) for r in rows.itertuples()] == [
        ("1931-01-01", "1933-12-31", "year")]


def test_month_span_with_a_spaced_dash_after_an_abbreviated_month_is_both_months():
    assert _read("Reports, Sept. – Oct. 1921.") == [("1921-09-01", "1921-10-31", "month")]
