"""An acronym the text defines after a body's name (`the Central Committee (CC)`) names the body from there on;
small texts written for the behaviour."""

from conftest import found_mentions


def test_an_acronym_defined_in_parentheses_names_the_body_afterwards():
    text = "The acronym CC meant nothing yet. The Control Commission (CC) met in May; the CC's report and the CC agreed."
    found = found_mentions(text, ("cc", "Control Commission", "organisation", ""))
    assert [s for _, s in found] == ["Control Commission", "CC", "CC's", "CC"]


def test_an_archive_s_acronym_after_a_body_s_name_is_not_the_body_s():
    text = "Archivio storico del Ministero della Marina (ASMM), b. 4; ASMM, b. 5."
    found = found_mentions(text, ("mm", "Ministero della Marina", "organisation", ""))
    assert [s for _, s in found] == ["Ministero della Marina"]
