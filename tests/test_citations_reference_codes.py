"""A holding cited by a fonds–inventory–file reference code (`EAA.1.2.345`): fond `EAA.1`, unit `2.345`."""

import pytest
from conftest import cite


@pytest.mark.parametrize("text, fond, unit", [
    ("Rahvusarhiiv (RA), EAA.2072.3.118, l. 4–9, kiri 12. mail 1788.", "EAA.2072", "3.118"),
    ("RA, ERA.31.4.2210, minutes of the board, 4 May 1925.", "ERA.31", "4.2210"),
    ("RA, ERA.R-3.1.77, dateerimata.", "ERA.R-3", "1.77"),
])
def test_a_reference_code_parts_into_fonds_and_inventory_file(text, fond, unit):
    row = cite(text).citations.iloc[0]
    assert (row.kind, row.fond, row.unit) == ("archival", fond, unit)


def test_a_fonds_code_alone_is_not_parted():
    row = cite("Rahvusarhiiv (RA), ERA.R-1, n. 5, s. 12, l. 3, 12.06.1941.").citations.iloc[0]
    assert (row.fond, row.unit.startswith("n. 5")) == ("ERA.R-1", True)
