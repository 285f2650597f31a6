"""Centuries by their own Italian names (`Quattrocento`), by the English ordinals of the Middle Ages (`thirteenth
century`) and by the Russian and Polish abbreviations (`XIX в.`, `XX w.`)."""

from histkit.dates.centuries import find_centuries
from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_an_italian_century_named_by_its_hundreds_is_that_century_and_the_number_in_small_letters_is_not():
    assert [(d.surface, d.date_start, d.date_end) for d in find_centuries(
        "Il Quattrocento fiorentino costava cinquecento fiorini; nel Seicento no.")] == [
        ("Quattrocento", "1400-01-01", "1499-12-31"), ("Seicento", "1600-01-01", "1699-12-31")]


def test_a_decade_of_a_century_named_by_its_hundreds_is_one_date():
    assert _table("Negli anni Venti del Novecento, dal 1923, il Lingotto crebbe.") == [
        ("anni Venti del Novecento", "1920-01-01", "1929-12-31"), ("1923", "1923-01-01", "1923-12-31")]


def test_the_medieval_english_ordinals_name_their_centuries():
    assert [d.surface for d in find_centuries("since the late thirteenth century, not the twelfth century")] == [
        "thirteenth century", "twelfth century"]


def test_the_russian_and_polish_abbreviations_after_a_roman_numeral_name_a_century():
    assert [(d.surface, d.date_start) for d in find_centuries("в середине XIX в.; w XVII w. miasto")] == [
        ("XIX в.", "1800-01-01"), ("XVII w.", "1600-01-01")]


def test_an_initial_after_a_note_s_number_is_no_abbreviated_century():
    from histkit.dates.centuries import find_centuries
    assert find_centuries("7\nW. Kowalski, Historia") == [] and \
        [d.date_start for d in find_centuries("w XIX w.")] == ["1800-01-01"]
