"""A fonds cited under one archive that another archive holds (`held_fonds.csv`): `BArch, MfS` is the BStU's."""

import pytest
from conftest import cite


@pytest.mark.parametrize("text", [
    "BArch, MfS, HA IX, Nr. 812, Bl. 4, Bericht vom 3.5.1957.",
    "BStU, MfS, AU 77/58, Bd. 1, Bl. 9, Vernehmungsprotokoll vom 4.6.1958.",
])
def test_the_stasi_records_are_the_bstus_whoever_is_cited(text):
    row = cite(text).citations.iloc[0]
    assert (row.archive, row.fond) == ("BStU", "MfS")


def test_another_fonds_of_the_bundesarchiv_stays_its_own():
    row = cite("BArch, R 58/1234, Bl. 3, Vermerk vom 2.1.1940.").citations.iloc[0]
    assert row.archive == "BArch"
