"""A number with its ordinal mark before a word for a sitting or session orders the sitting, no day of the month
before it (the date rounds' rule 166): `z 12. posiedzenia Sejmu`, `o 12. schůzi`."""

import pytest

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))["surface"].tolist()


@pytest.mark.parametrize("text, surfaces", [
    ("Notatka z wtorku 15 grudnia 1981 r.; Sprawozdanie z 12. posiedzenia Sejmu.", ["15 grudnia 1981 r."]),
    ("Zápis ze 20. srpna 1968; zpráva o 12. schůzi Národního shromáždění.", ["20. srpna 1968"]),
])
def test_a_sittings_ordinal_is_no_day(text, surfaces):
    assert _surfaces(text) == surfaces
