"""A night named by its two days, each with its month, is one span (the date rounds' rule 5): Dutch `van 31 januari
op 1 februari 1953`; the word that joins them (`op`, also "on") joins no years (`to_words.csv`, joins nights)."""

from histkit.dates import find_dates


def _read(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text)]


def test_a_dutch_night_across_two_months_is_one_span():
    assert _read("In de nacht van 31 januari op 1 februari 1953 braken de dijken.") == [
        ("31 januari op 1 februari 1953", "1953-01-31", "1953-02-01")]


def test_the_word_for_a_night_joins_no_year_to_a_number():
    assert _read("in 1920 op 25 plaatsen") == [("1920", "1920-01-01", "1920-12-31")]


def test_the_word_for_a_night_before_one_day_is_on():
    assert _read("op 12 mei 1940") == [("12 mei 1940", "1940-05-12", "1940-05-12")]
