"""A law's day takes the year of the law's number (date round 7's rule 61), and a year's ordinal full stop before a
comma, semicolon or closing bracket is part of its date in notes too (rule 13)."""

from histkit import Document, analyse_layout, dates_table


def _dates(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return list(zip(table["surface"], table["date_start"]))


def test_a_laws_day_without_its_year_takes_the_year_of_the_laws_number():
    assert _dates("Real Decreto 17/1965, de 4 de marzo, sobre puertos.") == [("4 de marzo", "1965-03-04")]


def test_a_laws_day_takes_its_numbers_year_and_not_that_of_the_date_before():
    assert _dates("BOE de 6 de julio de 1970; Ley 3/1955, de 2 de mayo.") \
        == [("6 de julio de 1970", "1970-07-06"), ("2 de mayo", "1955-05-02")]


def test_a_years_full_stop_before_a_comma_is_its_ordinal_stop():
    assert _dates("12 Presuda od 4. 5. 1961., br. 45.") == [("4. 5. 1961.", "1961-05-04")]


def test_a_years_full_stop_before_a_closing_bracket_is_its_ordinal_stop():
    assert _dates("13 Dostupno na mreži (pristupljeno 4. 5. 2019.).") == [("4. 5. 2019.", "2019-05-04")]


def test_a_full_stop_before_a_capital_still_ends_the_sentence():
    assert _dates("The strike ended on 4 May 1961. Then it began again.") == [("4 May 1961", "1961-05-04")]


def test_a_papers_issue_dated_year_first_with_a_full_stop_is_one_day():
    assert _dates("17 Правда. 1951. 5 мая. С. 2.") == [("1951. 5 мая", "1951-05-05")]
