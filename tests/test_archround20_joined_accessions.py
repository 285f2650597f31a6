"""Two accession numbers joined by "and" after an archive's name are its units (`CINM 1998.12.45 and CINM
1998.12.46`, round 20): the citation is an archive's, and the year opening each number is no date."""

from histkit.citations.locate import unknown_archive
from histkit.citations.twounits import units_apart


def test_two_units_joined_by_and_tell_the_archive():
    found = unknown_archive("Cayman Islands National Museum, Photograph Collection, CINM 1998.12.45 and CINM 1998.12.46")
    assert found is not None and found[0].name == "Cayman Islands National Museum"


def test_two_accession_numbers_are_two_units():
    assert [" ".join(t.split()) for t in units_apart("Photograph Collection, CINM 1998.12.45 and CINM 1998.12.46.")] \
        == ["Photograph Collection, CINM 1998.12.45 .", "Photograph Collection, CINM 1998.12.46 ."]


def test_two_days_of_one_date_stay_one():
    assert len(units_apart("TNA, FO 371/1, minutes of 3 May 1920 and 4 May 1920")) == 1
