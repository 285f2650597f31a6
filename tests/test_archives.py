"""The archives authority file: the shipped one loads, a broken one is reported with file and line."""

import pytest

from histkit.citations import ArchiveMatcher, load_archives
from histkit.errors import AuthorityError


def test_shipped_authority_has_unique_codes_and_the_major_european_archives():
    table = load_archives()
    assert table.code.is_unique
    assert {"AJ", "HDA", "ARS", "TNA", "NARA", "PA AA", "BArch", "AN", "RGASPI", "GARF", "AAN", "WCDA", "AdsD", "IISG", "ACS", "HIA"} <= set(table.code)


def test_archive_is_matched_by_code_name_and_variant_in_another_script():
    matcher = ArchiveMatcher.from_table(load_archives())
    assert [matcher.match(t)[0].code for t in ("AJ, 507/IX", "Архив Југославије, ф. 507", "Public Record Office, FO 371/1")] == \
        ["AJ", "AJ", "TNA"]


def test_code_is_not_matched_inside_a_longer_word():
    matcher = ArchiveMatcher.from_table(load_archives())
    assert matcher.match("AJAX, a ship") is None


def test_user_authority_file_adds_an_archive(tmp_path):
    path = tmp_path / "archives.csv"
    path.write_text("code,name,variants,country\nDAZD,Državni arhiv u Zadru,State Archives in Zadar,HR\n", encoding="utf-8")
    matcher = ArchiveMatcher.from_table(load_archives(path))
    assert matcher.match("State Archives in Zadar, fond 3")[0].code == "DAZD"


def test_row_without_a_name_is_reported_with_its_line(tmp_path):
    path = tmp_path / "archives.csv"
    path.write_text("code,name,variants,country\nTNA,The National Archives,,GB\nXX,,,FR\n", encoding="utf-8")
    with pytest.raises(AuthorityError, match=r"archives.csv, line 3: the archive needs both a code and a name"):
        load_archives(path)


def test_repeated_code_is_reported_with_both_lines(tmp_path):
    path = tmp_path / "archives.csv"
    path.write_text("code,name\nTNA,The National Archives\nTNA,Public Record Office\n", encoding="utf-8")
    with pytest.raises(AuthorityError, match=r"line 3: the code 'TNA' is already used on line 2"):
        load_archives(path)


def test_header_without_code_column_is_reported(tmp_path):
    path = tmp_path / "archives.csv"
    path.write_text("abbr,name\nTNA,The National Archives\n", encoding="utf-8")
    with pytest.raises(AuthorityError, match=r"line 1: the header lacks the column\(s\) code"):
        load_archives(path)


def test_missing_file_is_an_authority_error(tmp_path):
    with pytest.raises(AuthorityError, match="no such archives file"):
        load_archives(tmp_path / "nope.csv")


@pytest.mark.parametrize("text, code", [("ГА РФ. Ф. Р-9401", "GARF"), ("SAPMO-BArch, DY 30", "BArch"), ("HR-HDA-1220", "HDA"),
                                        ("BStU, MfS, HV A", "BStU"), ("Library of Congress, Manuscript Division", "LOC"),
                                        ("АП РФ. Ф. 3", "APRF"), ("AIPN, 0296/1", "IPN")])
def test_archives_of_other_countries_and_their_written_forms_are_known(text, code):
    assert ArchiveMatcher.from_table(load_archives()).match(text)[0].code == code


@pytest.mark.parametrize("text, code", [
    ("NA, f. KSČ-ÚV-02/2, sv. 45, a. j. 123", "NA CR"),
    ("NA, 2.05.118, inv.nr. 1234", "NL-NA"),
    ("NA, RG 59, box 3", "NARA"),
])
def test_abbreviation_several_archives_share_is_read_by_the_call_numbers_that_follow(text, code):
    assert ArchiveMatcher.from_table(load_archives()).match(text)[0].code == code


@pytest.mark.parametrize("text, code", [
    ("ΙΑΥΕ, 1953, 45/3", "IAYE"),
    ("Historical Archive of the Greek Foreign Ministry, 1955", "IAYE"),
    ("BAR, E 2001 (E), 1970/217", "BAR"),
    ("dodis.ch/1234", "DODIS"),
    ("Bodleian Library, MS Attlee dep. 45", "BOD"),
    ("AMPJ, V. 1955, D. 112", "AMPJ"),
])
def test_swiss_greek_albanian_and_oxford_archives_are_known(text, code):
    assert ArchiveMatcher.from_table(load_archives()).match(text)[0].code == code
