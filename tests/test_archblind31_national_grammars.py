"""National archives' reference grammars (round 31): a Romanian file numbered within its year, several documents
told apart by days of more than one month, Romanian and Turkish unit words, their words for "both" and Romanian's
mark for an undated document."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.fileyear import issue_number


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    rows = rows[rows.kind == "archival"]
    return [(r.archive, r.fond, r.unit, r.date_start) for r in rows.itertuples()]


def test_a_file_numbered_within_its_year_after_a_unit_word_is_no_journal_issue():
    assert not issue_number("ANIC, fond Casa Regală, dosar 12/1925, f. 4")
    assert issue_number("P. Dvořák, Spolky na venkově, Dějiny a současnost 4/1991, s. 12")


def test_letters_of_three_days_in_three_months_in_a_file_numbered_by_its_year_are_a_row_each():
    assert [date for *_, date in _rows("Rapoartele din 3 mai, 8 iunie și 2 iulie 1925, ANIC, fond Casa Regală, "
                                       "dosar 12/1925.")] == ["1925-05-03", "1925-06-08", "1925-07-02"]


def test_three_days_of_two_months_are_three_documents():
    assert [date for *_, date in _rows("Letters of 4 March, 11 March and 2 April 1921, TNA, FO 371/1234.")] \
        == ["1921-03-04", "1921-03-11", "1921-04-02"]


def test_three_days_of_one_month_stay_one_row_from_the_first_to_the_last():
    assert _rows("Minutes, 4, 11 and 18 March 1921, TNA, FO 371/1235.") == [("TNA", "FO 371", "1235", "1921-03-04")]


def test_romanian_files_listed_under_one_plural_are_a_row_each_with_the_date_both_share():
    assert _rows("ANIC, fond Ministerul Justiției, dosarele 7 și 8 (ambele din 1927).") == [
        ("ANIC", "Ministerul Justiției", "dosar 7", "1927-01-01"), ("ANIC", "Ministerul Justiției", "dosar 8", "1927-01-01")]


def test_the_romanian_mark_for_no_date_leaves_the_file_undated():
    assert _rows("ANIC, fond Ministerul Justiției, dosar 3/1920, f.d.") == [
        ("ANIC", "Ministerul Justiției", "dosar 3/1920", "")]


def test_an_ottoman_dossier_and_shirt_are_the_unit():
    assert [unit for _, _, unit, _ in _rows("Başbakanlık Osmanlı Arşivi (BOA), İ.DH, Dosya 12, Gömlek 3, "
                                            "4 Mart 1910.")] == ["Dosya 12, Gömlek 3"]


def test_the_turkish_word_for_both_gives_the_year_to_each_file():
    rows = _rows("Başbakanlık Osmanlı Arşivi (BOA), DH.KMS, 3/4 ve 3/5 (her ikisi de 1912).")
    assert [date for *_, date in rows] == ["1912-01-01", "1912-01-01"]


def test_a_dutch_archive_group_named_before_its_access_number_has_the_number_as_fond_and_the_name_as_collection():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Nationaal Archief, Ministerie van Justitie: Gratieverzoeken, toegang 2.09.12, inv.nr. 412, 3 mei 1921."]})
    row = extract_citations(notes).citations.iloc[0]
    assert (row.fond, row.collection, row.unit) == ("2.09.12", "Ministerie van Justitie: Gratieverzoeken", "inv.nr. 412")


def test_a_code_repeated_before_two_four_figure_numbers_names_two_units_not_two_years():
    assert [unit for _, _, unit, _ in _rows("TNA, CO 762, WS 1412 and WS 1413.")] == ["WS 1412", "WS 1413"]


def test_a_bracket_saying_both_after_two_repeated_signatures_dates_each_and_belongs_to_neither():
    assert _rows("TNA, CO 762, liv. 47 and liv. 48 (both 1931).") == [
        ("TNA", "CO 762", "liv. 47", "1931-01-01"), ("TNA", "CO 762", "liv. 48", "1931-01-01")]


def test_a_division_named_before_the_archive_s_own_abbreviation_is_part_of_the_archive_s_name_in_any_script():
    assert _rows("Γενικά Αρχεία του Κράτους, Κεντρική Υπηρεσία (εφεξής ΓΑΚ), Αρχείο Νομαρχίας Σερρών, φάκ. 12.") == [
        ("GAK", "Αρχείο Νομαρχίας Σερρών", "φάκ. 12", "")]


def test_a_file_s_slashed_number_before_a_sentence_describing_the_document_is_the_unit():
    assert _rows("BFL, IV.1407.b, 4512/1946. Feljegyzés a polgármesternek, 1946. 03. 12.") == [
        ("BFL", "IV.1407.b", "4512/1946", "1946-03-12")]


def test_a_manuscript_number_printed_with_a_thousands_comma_splits_at_its_slash_like_any_other():
    assert _rows("NLI, MS 27,415/2.") == [("NLI", "MS 27,415", "2", "")]
