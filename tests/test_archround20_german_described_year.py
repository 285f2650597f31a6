"""The year ending a bracket after a unit dates the document when the bracket describes it, also in German, whose
nouns are capitalised (`Nr. 4512 (Ansiedlung kurländischer Gutsbesitzer, 1919–1921)`, round 20); a bracket of names
alone (`f. 3 (Tito, 1947)`) dates nothing."""

from histkit.citations.describeddate import described_date


def test_a_german_description_with_its_years_dates_the_file():
    found = described_date("Nr. 4512 (Ansiedlung kurländischer Gutsbesitzer, 1919–1921)")
    assert (found.date_start, found.date_end) == ("1919-01-01", "1921-12-31")


def test_a_name_and_a_year_in_the_bracket_date_nothing():
    assert described_date("f. 3 (Tito, 1947)") is None
