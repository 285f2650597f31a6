"""A name several countries' archives bear, defined with its code before its town: `Riksarkivet (RA), Stockholm, …`."""

from conftest import cite


def test_a_national_archives_code_defined_before_its_town_names_that_towns_archive():
    rows = cite("Riksarkivet (RA), Stockholm, Kommerskollegium, E III:4, skrivelse 9 maj 1701.",
                "RA, Kammarkollegiet, vol. 12, räkenskaper 1703.").citations
    assert list(rows.archive) == ["RA Stockholm", "RA Stockholm"]


def test_a_fonds_after_the_code_is_no_town_and_stays_the_holdings():
    row = cite("Riksarkivet (RA), Kammarkollegiet, vol. 12, räkenskaper 1703.").citations.iloc[0]
    assert (row.archive != "RA Stockholm", row.fond, row.unit) == (True, "Kammarkollegiet", "vol. 12")
