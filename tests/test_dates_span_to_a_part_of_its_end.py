"""A span whose second end is named with a part of its unit after the word for "to" (`from the late 1950s to the early
1970s`, `в 1960-х — начале 1970-х гг.`) is one span of the two units whole (the date rounds' rules 39 and 41)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_a_part_word_after_to_is_of_the_span_and_the_part_before_the_first_end_is_not():
    assert _table("From the late 1950s to the early 1970s the state marked it.") == [
        ("1950s to the early 1970s", "1950-01-01", "1979-12-31")]


def test_a_part_word_after_a_dash_is_of_the_span():
    assert _table("в 1960-х — начале 1970-х гг. темпы роста снизились.") == [
        ("1960-х — начале 1970-х гг.", "1960-01-01", "1979-12-31")]
