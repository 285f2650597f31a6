"""Round 36's rules: the reference grammars of colonial and overseas archives (a colonial government's monthly
proceedings, a reference that ends at its piece, a fonds' letters before a French series, a Dutch group's number
printed without its word) and two documents told apart by a short word repeated before each day. Each test is one
behaviour on a small invented note."""

from __future__ import annotations

import pandas as pd

from histkit.citations import extract_citations


def _archival(*texts: str, doc: str = "d") -> list[dict]:
    notes = pd.DataFrame({"doc_id": [doc] * len(texts), "note_no": [str(i) for i in range(1, len(texts) + 1)],
                          "text": list(texts)})
    rows = extract_citations(notes).citations.fillna("")
    return rows[rows.kind.isin(["archival", "ibid"])].to_dict("records")


def test_a_months_proceedings_and_their_numbers_are_the_unit_under_the_department_and_branch():
    rows = _archival("National Archives of India, Home Dept., Public-A, Progs., June 1905, nos 45–47.")
    assert (rows[0]["fond"], rows[0]["collection"], rows[0]["unit"]) == (
        "Home Dept", "Public-A", "Progs., June 1905, nos 45–47")


def test_the_proceedings_month_dates_a_citation_that_names_no_document():
    rows = _archival("National Archives of India, Home Dept., Public-A, Progs., June 1905, nos 45–47.")
    assert (rows[0]["date_start"], rows[0]["date_end"], rows[0]["date_precision"]) == (
        "1905-06-01", "1905-06-30", "month")


def test_a_documents_own_day_dates_it_rather_than_the_proceedings_it_was_filed_in():
    rows = _archival("Resident to Government, telegram, 28 April 1905, National Archives of India, Home Dept., "
                     "Public-A, Progs., June 1905, nos 45–47.")
    assert (rows[0]["unit"], rows[0]["date_start"]) == ("Progs., June 1905, nos 45–47", "1905-04-28")


def test_an_india_office_reference_ends_at_its_piece_and_the_registry_file_after_it_is_no_unit():
    rows = _archival("British Library, IOR/L/PJ/6/781, file 1123/1907, minute of 9 May 1907.")
    assert (rows[0]["archive"], rows[0]["fond"], rows[0]["unit"], rows[0]["date_start"]) == (
        "BL", "IOR/L/PJ/6", "781", "1907-05-09")


def test_a_fonds_letters_before_a_numbered_french_series_give_series_and_article():
    rows = _archival("Rapport du sous-préfet, 4 juin 1901, ANOM, GGA 12 H 31.")
    assert (rows[0]["fond"], rows[0]["unit"]) == ("GGA 12 H", "31")


def test_a_dutch_groups_number_printed_without_its_word_is_the_fond_and_the_name_before_it_the_collection():
    rows = _archival("Brief van 3 maart 1925, Nationaal Archief, Ministerie van Koloniën: Geheim Archief, 2.10.36.06, "
                     "inv.nr. 77.")
    assert (rows[0]["fond"], rows[0]["collection"], rows[0]["unit"]) == (
        "2.10.36.06", "Ministerie van Koloniën: Geheim Archief", "inv.nr. 77")


def test_a_regional_archives_hyphenated_access_number_after_its_word_is_the_fond():
    rows = _archival("Brief van 3 maart 1925, Het Utrechts Archief, Archief van het Zendingsconsulaat, toegang 1105-2, inv.nr. 9.")
    assert (rows[0]["fond"], rows[0]["collection"], rows[0]["unit"]) == (
        "1105-2", "Archief van het Zendingsconsulaat", "inv.nr. 9")


def test_a_short_word_repeated_before_each_day_tells_two_documents_apart_when_only_the_second_has_the_year():
    rows = _archival("Lettere del vescovo del 4 marzo e del 21 aprile 1898, ARSI, Missio Zambesiana, 1003-I, fasc. 2.")
    assert [r["date_start"] for r in rows] == ["1898-03-04", "1898-04-21"]


def test_two_days_after_one_short_word_stay_one_sitting():
    rows = _archival("Verbali delle sedute del 4 e 21 marzo 1898, ARSI, Missio Zambesiana, 1003-I, fasc. 2.")
    assert [(r["date_start"], r["date_end"]) for r in rows] == [("1898-03-04", "1898-03-21")]


def test_a_date_said_of_both_documents_is_not_given_to_one_a_see_also_cites_after_them():
    rows = _archival("Rapports, ANOM, GGA 12 H 31 et 12 H 32 (tous deux de 1903) ; voir aussi Archives nationales, "
                     "F/19/7001.")
    assert [r["date_start"] for r in rows] == ["1903-01-01", "1903-01-01", ""]



def test_a_month_supplied_in_brackets_after_the_no_date_mark_dates_the_unit_it_follows():
    rows = _archival("Relatório do governador, AHU, Angola, cx. 77, s.d. [agosto de 1882].")
    assert (rows[0]["unit"], rows[0]["date_start"], rows[0]["date_precision"]) == ("cx. 77", "1882-08-01", "month")


def test_a_slashed_reference_whose_second_part_is_a_provinces_name_splits_at_its_last_slash():
    rows = _archival("Kenya National Archives, Nairobi (hereafter KNA), PC/Rift/2/4/17, letter of 9 May 1921.")
    assert (rows[0]["fond"], rows[0]["unit"]) == ("PC/Rift/2/4", "17")


def test_the_part_after_a_fonds_short_name_is_the_first_link_of_the_unit_not_the_fond():
    rows = _archival("Nota, 3 marzo 1911, ASDMAE, Archivio storico del Ministero dell'Africa Italiana (d'ora in poi "
                     "ASMAI), pos. 7/1, fasc. 4.", "ASMAI, pos. 7/2, fasc. 9, nota del 4 aprile 1912.")
    assert (rows[-1]["fond"], rows[-1]["unit"]) == ("ASMAI", "pos. 7/2, fasc. 9")


def test_the_soas_library_is_known_by_that_name():
    rows = _archival("Letter of 3 May 1910, SOAS Library, London, CWM/LMS, South Africa, box 7.")
    assert rows[0]["archive"] == "SOAS"


def test_a_range_of_folios_after_a_volume_is_no_part_of_the_unit():
    rows = _archival("Archivio Storico de Propaganda Fide, Acta Sacrae Congregationis, vol. 301, ff. 17-23, "
                     "relazione, 3 maggio 1890.")
    assert (rows[0]["unit"], rows[0]["date_start"]) == ("vol. 301", "1890-05-03")
