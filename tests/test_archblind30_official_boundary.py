"""Court, parliamentary and official papers beside archival files (round 30): the shapes their notes share with
archival citations — a letter and its reply each described before its date, `both` before an archive's code, a
series code in capitals, a signature's own letter between numbers, Polish files listed by `sygn.`, and a document
dated in the clause that leads to its holding."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    rows = rows[rows.kind == "archival"]
    return [(r.archive, r.fond, r.unit, r.date_start) for r in rows.itertuples()]


def test_a_letter_and_a_reply_each_described_before_its_own_date_are_two_rows():
    assert _rows("Schreiben des Landrats vom 4. März 1921 und Antwort des Ministers vom 19. März 1921, BArch, "
                 "R 1501/1234.") == [("BArch", "R 1501", "1234", "1921-03-04"), ("BArch", "R 1501", "1234", "1921-03-19")]


def test_a_year_printed_with_its_ordinal_stop_still_joins_two_dates():
    rows = _rows("Dopis kotarskog odbora od 4. ožujka 1921. i odgovor ministra od 19. ožujka 1921., HDA, fond 77, "
                 "kut. 5.")
    assert [date for *_, date in rows] == ["1921-03-04", "1921-03-19"]


def test_the_word_for_both_alone_before_an_archive_code_keeps_both_documents_in_that_archive():
    assert _rows("Lettre du maire, 4 mars 1921, et réponse du préfet, 19 mars 1921, tous deux AN, F/7/12345.") \
        == [("AN", "F/7", "12345", "1921-03-04"), ("AN", "F/7", "12345", "1921-03-19")]


def test_capitals_then_a_number_are_a_series_code_not_an_op_cit_without_its_stop():
    assert _rows("Memorandum on road accidents, 4 March 1921, TNA, MT 9/1234.") == [
        ("TNA", "MT 9", "1234", "1921-03-04")]


def test_a_capital_letter_between_two_numbers_is_the_signature_s_own_not_a_word_for_and():
    assert [unit for _, _, unit, _ in _rows("Rapport du procureur, 4 mars 1921, AN, BB/18/2345, dossier 1234 A 21.")] \
        == ["2345, dossier 1234 A 21"]


def test_polish_files_listed_after_sygn_joined_by_i_are_two_rows():
    assert [unit for _, _, unit, _ in _rows("AAN, Ministerstwo Spraw Wewnętrznych, sygn. 112 i 113 (oba z 1925 r.).")] \
        == ["sygn. 112", "sygn. 113"]


def test_a_document_dated_in_the_clause_before_a_colon_takes_that_date():
    assert _rows("Gesetz über Wege, RGBl. I S. 12; der Entwurf vom 4. März 1921: BArch, R 3001/999.") == [
        ("BArch", "R 3001", "999", "1921-03-04")]


def test_a_document_dated_in_a_clause_ending_in_a_word_for_in_takes_that_date():
    assert [date for *_, date in _rows("Rapport imprimé, Paris, Imprimerie nationale, 1922, p. 4 ; la minute, du "
                                       "4 mars 1921, est aux AN, F/22/999.")] == ["1921-03-04"]


def test_a_clause_with_two_dates_before_the_holding_dates_nothing():
    assert [date for *_, date in _rows("Gesetz über Wege, RGBl. I S. 12; die Entwürfe vom 4. März 1921 und vom "
                                       "2. Mai 1921: BArch, R 3001/999.")] == [""]


def _ibids(*texts: str) -> list[tuple[str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    return [(r.unit, r.date_start, r.ibid_of) for r in rows[rows.kind == "ibid"].itertuples()]


def test_two_letters_both_ibid_are_two_ibid_rows_of_the_file_before():
    assert _ibids("Ames to Bright, 3 May 1931, Bright Papers, box 12, Library of Congress.",
                  "Bright to Ames, 9 May 1931, and Ames to Bright, 16 May 1931, both ibid.") == [
        ("box 12", "1931-05-09", "1:1"), ("box 12", "1931-05-16", "1:1")]


def test_an_ibid_naming_a_unit_with_its_date_in_brackets_has_both():
    assert _ibids("Lagebericht für Mai 1935, GStA PK, I. HA Rep. 90 P, Nr. 71.", "Ebd., Nr. 72 (Juni 1935).") == [
        ("Nr. 72", "1935-06-01", "1:1")]


def test_an_ibid_naming_a_file_number_of_hyphenated_parts_names_a_file_not_pages():
    assert _ibids("Memorandum, 2 May 1931, NARA, RG 60, Classified Subject Files, 5-12-301.", "Ibid., 5-12-302.") == [
        ("5-12-302", "1931-05-02", "1:1")]  # (no date of its own: its target's, as rounds 22-29 read it)


def test_a_french_archive_s_lone_cote_is_its_series_and_its_article():
    assert _rows("Rapport du commissaire, 4 mars 1921, APP, BA 1999.") == [("APP", "BA", "1999", "1921-03-04")]


def test_a_lone_record_group_of_an_archive_outside_france_stays_the_fond():
    assert _rows("Memorandum, 4 March 1921, NARA, RG 59.") == [("NARA", "RG 59", "", "1921-03-04")]


def test_a_file_s_years_in_the_clause_before_its_holding_date_it():
    assert _rows("Rapport imprimé, Paris, Imprimerie nationale, 1922, p. 4 ; le dossier, 1919-1921, est aux AN, "
                 "F/22/998.")[0][3] == "1919-01-01"


def test_two_numbers_after_any_unit_word_are_two_units_when_a_bracket_says_both():
    assert [unit for _, _, unit, _ in _rows("Molbe, HDA, fond 291, kut. 17 i 18 (obje iz 1950.).")] == [
        "kut. 17", "kut. 18"]


def test_two_pages_a_bracket_calls_both_stay_one_document():
    assert len(_rows("Letters, TNA, FO 371/1, pp. 3 and 4 (both 1923).")) == 1
