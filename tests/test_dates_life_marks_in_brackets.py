"""A person's bracket that opens with a mark for born or reigned holds the person's years, though the same
abbreviation numbers a register or an item in a note (the date rounds' rules 132 and 133)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_a_reign_after_reg_in_a_rulers_bracket_is_its_span():
    assert _table("Friedrich II. (reg. 1740–1786) starb am 17. August 1786.\n") == [
        ("1740–1786", "1740-01-01", "1786-12-31"), ("17. August 1786", "1786-08-17", "1786-08-17")]


def test_a_birth_year_after_n_in_a_persons_bracket_is_that_year():
    assert _table("Su rival Alejandro Lerroux (n. 1864) formó gobierno en 1933.\n") == [
        ("1864", "1864-01-01", "1864-12-31"), ("1933", "1933-01-01", "1933-12-31")]


def test_a_registers_number_after_a_comma_stays_no_year():
    assert _table("Nel 1631 il consiglio deliberò (ASF, Deliberazioni, reg. 1630, c. 12).\n") == [
        ("1631", "1631-01-01", "1631-12-31")]
