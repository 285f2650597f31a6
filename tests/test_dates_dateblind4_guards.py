"""The look-aheads that save time change no reading: the calendars' year-first branch is left out of the pattern of
a text without a letter of its months' names, and the decade words, the words for "to" and the first words of
month names with a space are tries behind their first letters."""

import re

from histkit.dates import find_dates
from histkit.dates.calendars import _pattern, _year_first_letters, calendar_days
from histkit.dates.marks import month_span_words


def test_a_text_without_a_year_first_months_letter_is_searched_without_that_branch():
    text = "irade, 15 Recep 1329; arrêté du 25 brumaire an VIII"
    assert _year_first_letters().search(text) is None
    assert [m.span() for m in _pattern(False).finditer(text)] == [m.span() for m in _pattern(True).finditer(text)]
    assert calendar_days(text)[0].split() == ["irade,", "1911-07-12", ";", "arrêté", "du", "1799-11-16"]


def test_the_words_for_to_as_a_trie_match_each_word_whole():
    for word in ("do", "to", "till", "until", "bis", "до", "sampai", "deri më", "til"):
        assert re.fullmatch(month_span_words(), word)


def test_decades_and_month_spans_read_as_before():
    assert [(d.surface, d.date_end) for d in find_dates("les années 1990; od maja do julija 1945")] == \
        [("années 1990", "1999-12-31"), ("maja do julija 1945", "1945-07-31")]
