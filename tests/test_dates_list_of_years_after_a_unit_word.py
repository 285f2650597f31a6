"""A word that names an archival unit in one language and "years" in another (Portuguese `lata`, a tin box; Polish
`lata`, years) opens a list of years when a list follows; a unit's one number stays no date (rules 36 and 37)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text, doc_id="d")))["surface"].tolist()


def test_a_list_of_years_after_polish_lata_gives_each_year():
    assert _surfaces("Lata 1929, 1932 i 1935 wyznaczają początek, dno i koniec kryzysu.\n") == ["1929", "1932", "1935"]


def test_a_units_one_number_after_its_word_is_no_date():
    assert _surfaces("Arquivo Histórico, lata 1929, maço 3, em 1931.\n") == ["1931"]
