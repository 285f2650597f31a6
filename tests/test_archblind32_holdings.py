"""Holdings that are not a state archive's fonds (round 32): a library's manuscript by its shelfmark, leaves and pages
that are no unit, a register numbered in its series, a double year of a Florentine or English date, a year the
historian supplies in square brackets, an unlisted library or record office, two letters "both in" an unlisted
archive, and two shelfmarks a bracket dates "both"."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.leaves import is_leaves
from histkit.dates import find_date_groups


def _rows(*texts: str, kinds: tuple[str, ...] = ("archival",)) -> list[tuple[str, str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    rows = rows[rows.kind.isin(kinds)]
    return [(r.archive, r.fond, r.collection, r.unit, r.date_start) for r in rows.itertuples()]


def test_a_vatican_shelfmark_before_its_leaves_is_the_unit():
    assert _rows("BAV, Barb. lat. 2210, cc. 4r-9v, lettera del 3 maggio 1621.") == [
        ("BAV", "", "", "Barb. lat. 2210", "1621-05-03")]


def test_a_british_library_additional_manuscript_before_its_folios_is_the_unit():
    assert _rows("BL, Add. MS 40123, fols. 7r–v, memorandum, 9 June 1840.") == [
        ("BL", "", "", "Add. MS 40123", "1840-06-09")]


def test_a_register_numbered_in_its_named_series_is_series_and_number_when_only_leaves_follow():
    assert _rows("ASFi, Registri dei morti 7, c. 12v, 4 agosto 1530.") == [
        ("ASFi", "Registri dei morti", "", "7", "1530-08-04")]


def test_the_register_before_its_pages_is_the_unit_and_the_parish_archive_the_fond():
    assert _rows("HAStK, Pfarrarchiv St. Aposteln, Taufbuch 3, S. 41, Taufe vom 2. Mai 1801.") == [
        ("HAStK", "Pfarrarchiv St. Aposteln", "", "Taufbuch 3", "1801-05-02")]


def test_a_letter_that_names_boxes_in_one_language_names_leaves_in_another_only_with_a_side():
    assert [is_leaves(t) for t in ("c. 12v", "c. 12", "f. 3r", "f. 3", "k. 7v", "k. 7", "S. 41", "fols. 7r–v")] \
        == [True, False, True, False, True, False, True, True]


def test_an_ibid_naming_a_leaf_a_document_and_its_day_takes_its_own_day():
    rows = _rows("HAStK, Best. 10B, Nr. 301, fol. 3r, Ratsprotokoll vom 2. Mai 1790.",
                 "Ebd., fol. 9v, Sitzung vom 16. Mai 1790.", kinds=("archival", "ibid"))
    assert [date for *_, date in rows] == ["1790-05-02", "1790-05-16"]


def test_a_florentine_double_year_after_a_month_is_read_as_the_later_year():
    assert [(d.date_start, d.date_end) for d in find_date_groups("atto del 2 febbraio 1460/1")] \
        == [("1461-02-02", "1461-02-02")]


def test_a_slashed_number_of_the_fifteenth_century_after_a_unit_word_is_no_double_year():
    assert find_date_groups("busta 1460/1") == []


def test_a_year_the_historian_supplies_in_square_brackets_dates_an_undated_manuscript():
    assert _rows("BAV, Vat. lat. 4102, c. 2r, [1512?].") == [("BAV", "", "", "Vat. lat. 4102", "1512-01-01")]


def test_a_french_municipal_library_is_an_archive_though_no_list_holds_it():
    assert _rows("Bibliothèque municipale de Rouen, ms. 2210, p. 4, journal du curé, 1702.") == [
        ("Bibliothèque municipale de Rouen", "", "", "ms. 2210", "1702-01-01")]


def test_an_english_history_centre_is_an_archive_though_no_list_holds_it():
    assert [row[0] for row in _rows("Wiltshire and Swindon History Centre, 2057/F4/12, lease, 3 May 1790.")] \
        == ["Wiltshire and Swindon History Centre"]


def test_two_letters_both_in_an_archive_no_list_holds_are_two_rows_of_that_archive():
    rows = _rows("John Hale to Mary Hale, 4 May 1831, and Mary Hale to John Hale, 11 May 1831, both in Stoneleigh Abbey "
                 "Archives, Hale Papers, HP 45.")
    assert [(archive, date) for archive, *_, date in rows] == [("Stoneleigh Abbey Archives", "1831-05-04"),
                                                               ("Stoneleigh Abbey Archives", "1831-05-11")]


def test_two_shelfmarks_of_an_unlisted_library_a_bracket_dates_both_are_two_dated_rows():
    assert _rows("Universitätsbibliothek Basel, Cod. 312 und Cod. 313 (beide um 1480).") == [
        ("Universitätsbibliothek Basel", "", "", "Cod. 312", "1480-01-01"),
        ("Universitätsbibliothek Basel", "", "", "Cod. 313", "1480-01-01")]


def test_a_registers_years_in_brackets_after_its_volume_date_the_row_and_leave_the_unit():
    assert _rows("AKMKr, Księga chrztów parafii św. Floriana, t. 2 (1801–1815), s. 40.") == [
        ("AKMKr", "Księga chrztów parafii św. Floriana", "", "t. 2", "1801-01-01")]
