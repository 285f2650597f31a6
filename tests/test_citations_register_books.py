"""A register's book (`lib.`, `ks.`, `reg.`) is the unit under its fond.

A Spanish `lib.` (libro), a Polish `ks.` (księga) and an Italian `reg.` (registro) before the number are a unit's
words (``unit_words.csv``), so the series named before them stays the fond and the folio after them is a leaf.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _first(text: str) -> dict:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations.fillna("").iloc[0].to_dict()


@pytest.mark.parametrize("text, fond, unit", [
    ("AHN, Consejos, lib. 2712, fol. 3r, consulta, 4 de mayo de 1601.", "Consejos", "lib. 2712"),
    ("AGAD, Metryka Koronna, ks. 40, k. 7v, przywilej z 3 V 1525 r.", "Metryka Koronna", "ks. 40"),
])
def test_a_registers_book_is_the_unit_under_its_fond(text, fond, unit):
    row = _first(text)
    assert (row["fond"], row["unit"]) == (fond, unit)


def test_a_venetian_register_is_the_unit_under_its_council_and_series():
    row = _first("ASVe, Senato, Mar, reg. 7, c. 12r, 4 aprile 1462.")
    assert (row["fond"], row["collection"], row["unit"]) == ("Senato", "Mar", "reg. 7")
