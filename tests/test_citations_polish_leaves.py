"""An IPN inventory numbered from a nought is the fond, its file the unit; `k.` and `f.` after a volume are leaves."""

import pytest
from conftest import cite


@pytest.mark.parametrize("text, fond, unit", [
    ("AIPN, 0423/77, t. 3, notatka służbowa, 4 IX 1961 r.", "0423", "77, t. 3"),
    ("AIPN, 045/12, mikrofilm.", "045", "12"),
])
def test_an_inventory_numbered_from_a_nought_is_the_fond(text, fond, unit):
    row = cite(text).citations.iloc[0]
    assert (row.kind, row.fond, row.unit) == ("archival", fond, unit)


@pytest.mark.parametrize("text, unit, pages", [
    ("AIPN, BU 0713/45, t. 2, k. 7, raport z 3 III 1955 r.", "45, t. 2", "k. 7"),
    ("AIPN Kr 075/31, k. 9, donos z 12 X 1952 r.", "31", "k. 9"),
    ("ACNSAS, fond Penal, dosar 4711, vol. 2, f. 33–35, declarație, 3 mai 1952.", "dosar 4711, vol. 2", "f. 33–35"),
])
def test_a_leaf_after_a_volume_or_in_a_polish_note_is_no_unit(text, unit, pages):
    row = cite(text).citations.iloc[0]
    assert (row.unit, row.pages) == (unit, pages)


def test_a_box_after_a_fond_stays_a_box():
    row = cite("NA, f. Úřad předsednictva vlády, k. 45, zápis ze schůze, 3. 5. 1950.").citations.iloc[0]
    assert row.unit == "k. 45"
