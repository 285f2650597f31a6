"""Dates of round 19's house styles: Tongan month names, an Estonian Julian day with its full stops, and the year
written first with a comma as Spanish-American catalogues date a document."""

import pandas as pd

from histkit.dates import find_dates

def _read(text: str) -> list[tuple[str, str, str]]:
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text)]

def test_a_tongan_month_written_first_dates_the_day():
    assert _read("Nukuʻalofa, ʻEpeleli 12, 1875") == [("1875-04-12", "1875-04-12", "day")]

def test_a_tongan_month_alone_is_the_month():
    assert _read("Letter Book 6, Mē 1890.") == [("1890-05-01", "1890-05-31", "month")]
