"""Dates among the numbers of economic and social history (date round 12): quarters named by the statistical offices'
words, spans of months, years written with a thousands separator, and the numbers beside them that are no dates."""

import pytest

from histkit import Document, analyse_layout, dates_table


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return table[["surface", "date_start", "date_end", "precision"]].values.tolist()


@pytest.mark.parametrize("text, surface, start, end", [
    ("Der Index fiel im 2. Vierteljahr 1931 weiter.", "2. Vierteljahr 1931", "1931-04-01", "1931-06-30"),
    ("Der Absatz stieg im ersten Quartal 1931.", "ersten Quartal 1931", "1931-01-01", "1931-03-31"),
    ("De omzet daalde in het vierde kwartaal van 1931.", "vierde kwartaal van 1931", "1931-10-01", "1931-12-31"),
    ("Sales rose in the 2nd quarter of 1931.", "2nd quarter of 1931", "1931-04-01", "1931-06-30"),
])
def test_a_quarter_in_the_words_of_statistical_offices_is_its_three_months(text, surface, start, end):
    assert _table(text) == [[surface, start, end, "month"]]
