"""Dates round 6: regnal years, as statutes are cited (`5 Geo. III, c. 12`), are the span of the reign's year."""

from histkit.dates.regnal import find_regnal_years
from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _read(text):
    return [(d.surface, d.date_start, d.date_end, d.precision) for d in find_regnal_years(text)]


def test_a_regnal_year_runs_from_the_anniversary_of_the_accession_to_the_day_before_the_next():
    assert _read("the Stamp Act (5 Geo. III, c. 12)") == [("5 Geo. III", "1764-10-25", "1765-10-24", "year")]


def test_a_session_over_two_regnal_years_is_one_span():
    assert _read("4 & 5 Will. IV, c. 76") == [("4 & 5 Will. IV", "1833-06-26", "1835-06-25", "year")]


def test_a_queen_without_a_numeral_and_a_king_with_an_arabic_one_are_read():
    assert _read("30 & 31 Vict., c. 102 and 13 Geo. 5, c. 20") == [
        ("30 & 31 Vict.", "1866-06-20", "1868-06-19", "year"), ("13 Geo. 5", "1922-05-06", "1923-05-05", "year")]


def test_a_sovereign_the_list_lacks_or_two_years_not_in_a_row_give_nothing():
    assert _read("5 Hen. VII and 4 & 9 Geo. III") == []  # (Henry VII: not in the list)


def test_the_dates_table_holds_a_regnal_year_but_not_the_chapter_after_it():
    doc = Document.from_text("Parliament passed 7 Geo. III, c. 46 in the session of 1767.\n", doc_id="d")
    table = dates_table(analyse_layout(doc))
    assert table[["surface", "date_start", "date_end"]].values.tolist() == [
        ["7 Geo. III", "1766-10-25", "1767-10-24"], ["1767", "1767-01-01", "1767-12-31"]]
