"""A day named without its year that recurs, a holiday or an anniversary, is no row (the date rounds' rules 112 and
121); the same day with its year, or without a word that says it recurs, is read as before."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [r[0] for r in table[["surface"]].values.tolist()]


def test_a_day_after_a_word_for_every_year_is_no_row():
    assert _table("Op 25 en 26 februari 1941 staakte de stad; sindsdien wordt elk jaar op 25 februari herdacht.") == [
        "25", "26 februari 1941"]


def test_a_day_its_clause_calls_a_holiday_is_no_row():
    assert _table("Dne 17. listopadu 1989 vyšli studenti; 17. listopad je od roku 2000 státním svátkem.") == [
        "17. listopadu 1989", "2000"]
    assert _table("Depuis 1880, le 14 Juillet est fête nationale.") == ["1880"]


def test_a_day_of_the_narrative_stays():
    assert _table("Am 20. Juli 1944 explodierte die Bombe; am 21. Juli wurde Stauffenberg erschossen.") == [
        "20. Juli 1944", "21. Juli"]
