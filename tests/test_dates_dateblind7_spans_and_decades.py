"""Two months joined by "and" after "between" are one span (rule 5); decades named with two digits or in the words
of Czech, Polish and Croatian are decades, and a century after one of them is its own (rules 17 and 68)."""

from histkit import Document, analyse_layout, dates_table


def _dates(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return list(zip(table["surface"], table["date_start"], table["date_end"]))


def test_two_months_joined_by_and_after_between_are_one_span():
    assert _dates("Between June 1921 and March 1923 the board met twice.") \
        == [("June 1921 and March 1923", "1921-06-01", "1923-03-31")]


def test_two_months_joined_by_and_without_between_stay_two_dates():
    assert _dates("The board met in June 1921 and March 1923.") \
        == [("June 1921", "1921-06-01", "1921-06-30"), ("March 1923", "1923-03-01", "1923-03-31")]


def test_a_decade_written_with_two_digits_is_read_in_the_century_of_the_paragraphs_dates():
    assert _dates("Nos anos 30, depois de 1931, o partido cresceu.") \
        == [("anos 30", "1930-01-01", "1939-12-31"), ("1931", "1931-01-01", "1931-12-31")]


def test_a_czech_ordinal_decade_is_a_decade():
    assert _dates("Po roce 1968 přišla 70. léta.") \
        == [("1968", "1968-01-01", "1968-12-31"), ("70. léta", "1970-01-01", "1979-12-31")]


def test_a_century_after_a_decade_in_words_is_the_decades_century():
    assert _dates("U 1912. i kasnije, dvadesetih godina XIX. stoljeća nije bilo ništa.")[1:] \
        == [("dvadesetih godina XIX. stoljeća", "1820-01-01", "1829-12-31")]
