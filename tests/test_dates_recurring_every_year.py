"""A day named without its year that the clause says recurs every year, a name day or a saint's day, is no date of
the text (the date rounds' rule 135); a feast named beside a dated day stays that day."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start"]].values.tolist()]


def test_a_name_day_celebrated_every_year_gives_no_row():
    assert _table("Reinó desde 1902; su santo, el 23 de enero, se celebraba cada año con besamanos.\n") == [
        ("1902", "1902-01-01")]


def test_a_feast_beside_a_dated_day_stays_though_it_was_celebrated_every_year():
    assert _table("La victoria, ganada el 7 de octubre de 1571, día de Santa Justina, se celebró después cada año.\n") \
        == [("7 de octubre de 1571", "1571-10-07"), ("Santa Justina", "1571-10-07")]
