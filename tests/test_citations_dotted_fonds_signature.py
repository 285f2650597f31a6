"""A fonds numbered in dotted figures ending with a stop, then a file's signature: `3.1.5. O-12345` (ÁBTL)."""

import pytest
from conftest import cite


@pytest.mark.parametrize("text, fond, unit", [
    ("ÁBTL, 3.1.5. O-19411, 2. kötet, jelentés, 1958. május 4.", "3.1.5.", "O-19411, 2. kötet"),
    ("ÁBTL, 3.1.9. V-142230/2, vádirat, 1957. október 3.", "3.1.9.", "V-142230/2"),
    ("ÁBTL, 2.1. IV/25, n.d.", "2.1.", "IV/25"),
])
def test_a_dotted_fonds_number_is_the_fond_and_the_signature_the_unit(text, fond, unit):
    row = cite(text).citations.iloc[0]
    assert (row.kind, row.fond, row.unit) == ("archival", fond, unit)
