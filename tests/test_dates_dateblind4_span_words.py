"""Words for "to" and "and" between the two ends of a span in dates round 4's languages (data/dates/to_words.csv,
and_words.csv): Irish `go` and `agus`, Albanian `deri më`, Danish and Icelandic `til`, Amharic `እስከ`, Nepali `देखि`,
Swahili `na`."""

import pytest

from histkit.dates import find_dates


@pytest.mark.parametrize("text, surface, start, end", [
    ("Bhí an cogadh ann ó Mhárta 1919 go Iúil 1921.", "Mhárta 1919 go Iúil 1921", "1919-03-01", "1921-07-31"),
    ("D'fhan siad ann idir 1932 agus 1948.", "1932 agus 1948", "1932-01-01", "1948-12-31"),
    ("Nga viti 1950 deri më 1960 qyteti u rrit.", "1950 deri më 1960", "1950-01-01", "1960-12-31"),
    ("Krigen varede fra 1940 til 1945.", "1940 til 1945", "1940-01-01", "1945-12-31"),
    ("Deilan stóð frá janúar til mars 1950.", "janúar til mars 1950", "1950-01-01", "1950-03-31"),
    ("ከ1950 እስከ 1960 ቆየ።", "1950 እስከ 1960", "1950-01-01", "1960-12-31"),
    ("सन् १९५० देखि १९६० सम्म", "१९५० देखि १९६०", "1950-01-01", "1960-12-31"),
    ("Vita vilipiganwa kati ya 1905 na 1907.", "1905 na 1907", "1905-01-01", "1907-12-31"),
])
def test_a_word_for_to_or_and_joins_the_two_ends_of_a_span(text, surface, start, end):
    assert [(d.surface, d.date_start, d.date_end) for d in find_dates(text)] == [(surface, start, end)]
