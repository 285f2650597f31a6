"""An archive's code no list and no definition gives, read from its shape (`openingcode.py`): capitals opening a
citation, a comma, and a call number among the parts after it. The codes here are invented."""

import pandas as pd

from histkit.citations import extract_citations, load_archives
from histkit.citations.openingcode import opening_codes


def test_capitals_opening_a_note_before_a_unit_and_its_number_are_an_archives_code():
    assert opening_codes("XQZA, f. 310, sv. 12, 1950.") == ["XQZA"]


def test_capitals_after_a_semicolon_before_numbers_parted_by_slashes_are_an_archives_code():
    assert opening_codes("Letter of 3 May 1950; QWXR, CAB/9B/205/2, 1936.") == ["QWXR"]


def test_an_abbreviated_work_before_its_volume_and_page_is_no_archive():
    assert opening_codes("QWXR, Bd. 4, S. 45.") == []


def test_a_report_with_words_and_a_year_is_no_archive():
    assert opening_codes("QWXR, Annual Report 45, 1989.") == []


def test_a_roman_number_and_a_level_after_an_abbreviation_is_no_archive():
    assert opening_codes("Abt. II, 384 Ko 1-1922, Gr. 12.") == []


def test_the_code_is_the_archive_of_its_citation_and_of_the_next_that_uses_it():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"],
                          "text": ["XQZA, f. 310, sv. 12, 1950.", "XQZA, Ministerstvo, 1951."]})
    rows = extract_citations(notes, load_archives()).citations
    assert list(zip(rows.kind, rows.archive)) == [("archival", "XQZA"), ("archival", "XQZA")]


def test_capitals_after_a_full_stop_are_a_fonds_code_not_an_archives():
    assert opening_codes("QW-XR-1220. CK SKH, kut. 45, 12. 3. 1952.") == []


def test_a_code_and_a_number_without_a_date_are_not_enough():
    assert opening_codes("XQZA, f. 310, sv. 12.") == []


def test_a_surname_in_capitals_before_a_name_and_a_title_is_no_archive():
    assert opening_codes("KOWALA, Ana. Os arquivos da polícia. Revista X, Lisboa, v. 3, n. 12, p. 5-9, 1990.") == []
