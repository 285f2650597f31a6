"""A list of days after a word for "the days" (`los días 11, 18 y 20 de julio`) is a row per day, its first too; after
a unit's word (`carpeta 3, 18 y 20 de julio`) the first number is the unit's (rule 44; day_list_words.csv)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start"]].values.tolist()]


def test_the_first_day_after_a_word_for_days_is_a_row():
    assert _table("Embarcaron los días 11, 18 y 20 de julio de 1909.") == [
        ("11", "1909-07-11"), ("18", "1909-07-18"), ("20 de julio de 1909", "1909-07-20")]


def test_the_number_after_a_unit_s_word_is_no_day():
    assert [r[0] for r in _table("AHN, carpeta 3, 18 y 20 de julio de 1909.")] == ["18", "20 de julio de 1909"]
