"""The archives authority file: the shipped one loads, a broken one is reported with file and line."""

import csv

import pytest
from conftest import REPO, one_citation

from histkit import Document, build_tables
from histkit.citations import ArchiveMatcher, archives_authority, load_archives
from histkit.citations.archives import Archive, normalise
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


def _shipped_rows():
    with open(REPO / "histkit" / "data" / "authority" / "archives.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _strings(row):
    return [s.strip() for s in [row["code"], row["name"], *row["variants"].split("|")] if s.strip()]


def test_every_shipped_archive_has_a_code_name_country_and_source():
    incomplete = [row["code"] for row in _shipped_rows()
                  if not all(row[c].strip() for c in ("code", "name", "country", "source"))]
    assert incomplete == []


def test_shipped_codes_are_unique_and_there_are_at_least_three_hundred():
    codes = [row["code"] for row in _shipped_rows()]
    assert len(codes) == len(set(codes)) and len(codes) >= 300


# strings that stand for several archives on purpose: `NA`/`APP` by the cues of
# the later rows; `ARA`/`Algemeen Rijksarchief` is the former name of both the
# Belgian and the Dutch national archives (the Dutch row has cues); `AGN` is the national archive of Mexico,
# Argentina, Colombia and Peru alike (their rooms, sections and fonds tell them apart), `NAI` of Ireland and of
# Nigeria at Ibadan, `NAZ` of Zagreb's archdiocese and of Zimbabwe, `ANM` of the Prague National Museum and of Mali
SHARED = {"na": {"NARA", "NA CR", "NL-NA"}, "app": {"APP", "AP Poznań"},
          "ara": {"AGR", "NL-NA"}, "algemeen rijksarchief": {"AGR", "NL-NA"},
          "agn": {"AGN", "AGN-AR", "AGNC", "AGNP"},
          "archivo general de la nacion": {"AGN", "AGN-AR", "AGNC", "AGNP"}, "nai": {"NAI", "NAN"}, "naz": {"NAZ", "NAZW"},
          "anm": {"ANM", "AN Mali"}}


def test_no_abbreviation_or_name_belongs_to_two_archives_unless_intended():
    owners = {}
    for row in _shipped_rows():
        for key in {normalise(s) for s in _strings(row)}:
            owners.setdefault(key, set()).add(row["code"])
    assert {key: codes for key, codes in owners.items() if len(codes) > 1} == SHARED


def test_every_later_archive_sharing_an_abbreviation_has_cues_to_claim_it():
    rows = _shipped_rows()
    for key in SHARED:
        sharing = [row for row in rows if key in {normalise(s) for s in _strings(row)}]
        assert all(row["cues"] for row in sharing[1:]), key


# frequent words of the languages of the citations: an archive code spelled like one
# would be taken for an archive whenever a note opens with it in capitals
FUNCTION_WORDS = set("""a ad al all als am an and ao are as at au auf aus bei but by cit con da das de dei del
della dem den der des di die do dos du e ed el en er es et for from had has his i ibid il im in is it its ja je
kao la las le les los na ne nie not o od of on op or par per po pod por pour pri que sa se si sic so su sur ta
tak tam te the to u um un una und une uz v van ve vom von was we y z za ze zu zum zur""".split())
LONG_STANDING = {"AN", "AS", "NA", "UNA"}  # codes of the first table, read case-sensitively


def test_no_code_or_variant_is_a_common_word():
    words = [s for row in _shipped_rows() for s in _strings(row)
             if normalise(s) in FUNCTION_WORDS and s not in LONG_STANDING]
    assert words == []


@pytest.mark.parametrize("text, code", [
    ("GARF, f. 5446, op. 1, d. 12, l. 3.", "GARF"),
    ("RGVIA, f. 2000, op. 1, d. 12, l. 3.", "RGVIA"),
    ("ЦДАГО України, ф. 1, оп. 23, спр. 45, арк. 6.", "TsDAHO"),
    ("ЦХСД, ф. 5, оп. 30, д. 113, л. 12.", "RGANI"),
    ("HHStA, PA I, Karton 512, Bericht vom 3. März 1908.", "HHStA"),
    ("BayHStA, MA 100412, Schreiben vom 4.5.1923.", "BayHStA"),
    ("BA-MA, RH 2/1234, Bl. 45.", "BA-MA"),
    ("ACNSAS, fond D, dosar 123, f. 4.", "ACNSAS"),
    ("SHD, GR 7 N 1234, rapport du 3 mars 1920.", "SHD"),
    ("AAV, Arch. Nunz. Vienna, b. 812, 2 gennaio 1914.", "AAV"),
    ("NAI, DFA 305/57, 12 June 1957.", "NAI"),
    ("LAC, RG 25, vol. 4512, file 50030-40, 3 May 1956.", "LAC"),
    ("USHMM, RG-14.015M, reel 3.", "USHMM"),
    ("HR-DAST, fond 12, kut. 3.", "DAST"),
])
def test_archives_added_to_the_authority_file_are_recognised_at_the_head_of_a_citation(text, code):
    row = one_citation(text)
    assert (row.kind, row.archive) == ("archival", code)


@pytest.mark.parametrize("text, code", [("APP, BA 2145, rapport du 12 mai 1936.", "APP"),
                                        ("APP, zesp. 53, sygn. 1234.", "AP Poznań")])
def test_paris_police_and_poznan_archives_share_app_and_the_polish_call_numbers_claim_it(text, code):
    assert one_citation(text).archive == code


def test_code_a_document_learns_that_extends_a_table_code_is_matched_whole():
    matcher = ArchiveMatcher.from_table(load_archives()).copy()
    matcher.add_code("TNA Kew", Archive("TNA Kew", "Kew reading room"))
    assert matcher.match("TNA Kew, FO 371/1")[0].code == "TNA Kew"


def test_table_code_longer_than_a_learned_code_still_wins():
    matcher = ArchiveMatcher.from_table(load_archives()).copy()
    matcher.add_code("TN", Archive("TN", "Town Notes"))
    assert matcher.match("TNA, FO 371/1")[0].code == "TNA"


def test_name_a_document_defines_is_found_anywhere_in_a_later_note():
    matcher = ArchiveMatcher.from_table(load_archives()).copy()
    matcher.define("ABX", Archive("ABX", "Archiv der Beispielstadt"))
    assert matcher.find_name("seen in the Archiv der Beispielstadt reading room").code == "ABX"


def test_code_learned_by_a_copy_is_not_matched_by_the_table_it_was_copied_from():
    table = ArchiveMatcher.from_table(load_archives())
    table.copy().add_code("QQZ", Archive("QQZ", "Some archive"))
    assert table.match("QQZ, 1") is None


def test_code_a_document_redefines_after_it_was_matched_takes_the_new_meaning():
    matcher = ArchiveMatcher.from_table(load_archives()).copy()
    assert matcher.match("AJ, 507")[0].name != "Archiv der Jugendbewegung"
    matcher.define("AJ", Archive("AJ", "Archiv der Jugendbewegung"))
    assert matcher.match("AJ, 507")[0].name == "Archiv der Jugendbewegung"


def test_a_users_archives_file_extends_the_shipped_one(tmp_path):
    own = tmp_path / "archives.csv"
    own.write_text("code,name\nAGNM,Arhiv grada Novog Mesta\n", encoding="utf-8")
    table = archives_authority(own)
    assert {"AGNM", "AJ", "TNA"} <= set(table["code"]) and len(table) == len(load_archives()) + 1


def test_a_users_row_replaces_the_shipped_row_of_its_code(tmp_path):
    own = tmp_path / "archives.csv"
    own.write_text("code,name,city\nTNA,The National Archives,Kew\n", encoding="utf-8")
    table = archives_authority(own)
    assert table[table["code"] == "TNA"][["name", "city"]].values.tolist() == [["The National Archives", "Kew"]]


def test_tables_read_with_a_users_archives_file_still_know_the_shipped_archives(tmp_path):
    own = tmp_path / "archives.csv"
    own.write_text("code,name,variants\nAGNM,Arhiv grada Novog Mesta,Town Archives of Novo Mesto\n", encoding="utf-8")
    text = "Tito wrote.1 Kardelj answered.2\n\n1 AJ, 507, CK SKJ, IX, 1/I-12.\n2 Town Archives of Novo Mesto, fond 3, box 4.\n"
    citations = build_tables([Document.from_text(text, doc_id="a")], archives=own)["citations"]
    assert citations["archive"].tolist() == ["AJ", "AGNM"]
