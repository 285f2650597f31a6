"""The turn of a century is the year that opens the later century: named alone, read beside the paragraph's dates;
before its centuries, at the last century named (the date rounds' rule 108)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_the_turn_of_the_century_named_alone_is_the_hundred_nearest_the_dates_beside_it():
    assert _table("At the turn of the century the League, founded in 1893, grew.") == [
        ("turn of the century", "1900-01-01", "1900-12-31"), ("1893", "1893-01-01", "1893-12-31")]
    assert _table("Au tournant du siècle, la thèse de 2001 rouvrit le dossier.")[0] == (
        "tournant du siècle", "2000-01-01", "2000-12-31")


def test_a_turn_after_a_century_named_is_the_end_of_that_century():
    assert _table("À la fin du XIXe siècle, puis au tournant du siècle, Jaurès écrivit.") == [
        ("XIXe siècle", "1800-01-01", "1899-12-31"), ("tournant du siècle", "1900-01-01", "1900-12-31")]


def test_a_turn_word_before_two_centuries_is_the_first_year_of_the_later_one_and_no_century_row():
    assert _table("Na przełomie XVI i XVII wieku dwór przeniósł się do Warszawy.") == [
        ("przełomie XVI i XVII wieku", "1600-01-01", "1600-12-31")]
    assert _table("На рубеже XIX–XX вв. страна пережила подъём.") == [
        ("рубеже XIX–XX вв.", "1900-01-01", "1900-12-31")]


def test_a_turn_without_a_date_in_its_paragraph_is_no_row():
    assert _table("Um die Jahrhundertwende wuchs die Stadt.") == []
