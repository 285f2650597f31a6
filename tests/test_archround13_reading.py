"""Archival round 13 read in-sample: romanised words for archive, a gloss before 'hereafter' in the bracket after a
name, an era's day written with full stops."""

from conftest import cite
from histkit.dates import find_dates


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    rows = cite(*texts).citations
    rows = rows[rows.kind == "archival"]
    return [(r.archive, r.archive_name, r.fond, r.date_start) for r in rows.itertuples()]


def test_a_romanised_japanese_word_for_archives_names_an_archive():
    rows = _rows("Gunma Kenritsu Monjokan, Sōmu-bu, 45-12, report of 3 May 1881.")
    assert [name for _, name, _, _ in rows] == ["Gunma Kenritsu Monjokan"]


def test_a_code_defined_after_a_gloss_in_the_bracket_stands_for_the_name_before_it():
    rows = _rows("Hubei Provincial Archives (Hubei sheng dang'anguan, hereafter HBPA), 12-3-45, petition, 1935.",
                 "HBPA, 12-3-46, 1936.")
    assert [(code, name) for code, name, _, _ in rows] == [("HBPA", "Hubei Provincial Archives")] * 2


def test_the_bracket_with_a_gloss_and_the_code_is_no_part_of_the_holding():
    rows = _rows("Hayastani Azgayin Arkhiv (Armenian National Archives, hereafter HAA), f. 7, op. 2, d. 45, 3 July 1937.")
    assert [fond for _, _, fond, _ in rows] == ["7"]


def test_a_japanese_era_day_written_with_full_stops_is_its_gregorian_day():
    assert [(d.surface, d.date_start) for d in find_dates("report, Meiji 9.7.12.")] == [("Meiji 9.7.12", "1876-07-12")]


def test_an_era_day_before_the_gregorian_calendar_was_adopted_is_not_converted():
    assert find_dates("Meiji 3.7.12") == []


def test_an_unknown_archive_after_a_sentence_saying_the_papers_are_in_it():
    rows = _rows("Photographs of the works are in the Wessex Film Archive, Aerofilms Collection, EPW012345, 12 May 1925.")
    assert [name for _, name, _, _ in rows] == ["Wessex Film Archive"]


def test_the_same_signature_with_its_year_before_each_of_two_numbers_cites_two_files():
    rows = _rows("Rigsarkivet X (RAX), Inspektoratet, j.nr. 1240/1880 og j.nr. 1241/1880, begge fra september 1880.")
    assert len(rows) == 2


def test_the_plural_of_an_abbreviated_unit_word_before_two_numbers_cites_two_documents():
    rows = _rows("Archivo de la Provincia X (APX), leg. 312, docs. 4 y 5, ambos de abril de 1801.")
    assert len(rows) == 2 and {date for *_, date in rows} == {"1801-04-01"}


def test_the_same_container_of_two_words_opens_another_document_there():
    rows = _rows("Arhivele Naționale X (ANX), fond Y, Acte fasciculare, nr. 1234/1870, 14 ianuarie 1870; aceleași Acte "
                 "fasciculare, nr. 1240/1870, nedatat.")
    assert len(rows) == 2


def test_three_numbers_joined_by_hyphens_before_1500_are_a_call_number_not_a_date():
    rows = _rows("Shaanxi Provincial Archives, 9-2-1045, telegram to the provincial government, Minguo 26 (1937).")
    assert [(name, date) for _, name, _, date in rows] == [("Shaanxi Provincial Archives", "1937-01-01")]
    assert find_dates("9-2-1045") == [] and [d.date_start for d in find_dates("12-6-1955")] == ["1955-06-12"]


def test_a_short_name_in_brackets_stands_for_the_part_of_the_name_it_opens():
    rows = _rows("Cunard Archive, University of Liverpool Library, Special Collections and Archives (hereafter Cunard), "
                 "D42/C1/1/45, letter book, 3 March 1911.")
    assert [(code, name) for code, name, _, _ in rows] == [("Cunard", "Cunard Archive")]


def test_a_code_defined_between_commas_after_a_gloss_is_no_part_of_the_holding():
    rows = _rows("Forholdene var anderledes (Nunatta Allagaateqarfia, Grønlands Nationalarkiv, herefter NA, "
                 "Inspektoratet for Nordgrønland, j.nr. 1234/1880, d. 14. august 1880).")
    assert [(name, fond, date) for _, name, fond, date in rows] == [
        ("Nunatta Allagaateqarfia", "Inspektoratet for Nordgrønland", "1880-08-14")]
