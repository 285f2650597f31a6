"""An archive named with no word for archive, told by the call number and the dated document after it."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.namedholding import named_by_holding


def _rows(text: str) -> list[tuple[str, str, str]]:
    rows = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations
    return [(r.kind, r.archive, r.date_start) for r in rows.itertuples()]


def test_a_college_then_a_manuscript_number_and_a_dated_letter_is_an_archival_citation():
    assert _rows("Royal College of Physicians, MS 123, letter of 3 May 1920.") == [
        ("archival", "Royal College of Physicians", "1920-05-03")]


def test_a_town_may_stand_between_the_name_and_a_slashed_signature():
    assert _rows("National Records Office, Khartoum, Civsec 1/2/3, report, 4 May 1920.") == [
        ("archival", "National Records Office", "1920-05-04")]


def test_a_journal_with_a_volume_is_no_archive():
    assert all(kind != "archival" for kind, _, _ in _rows("Past and Present, vol. 45, 3 May 1970, pp. 3-9."))


def test_an_abbreviation_and_a_year_is_no_call_number():
    assert named_by_holding("Journal of Modern History, JMH 1950, 3 May 1950.") is None


def test_a_call_number_with_no_dated_document_nor_slash_names_no_archive():
    assert named_by_holding("Royal College of Physicians, MS 123.") is None
