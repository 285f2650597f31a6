"""Slashed dates `10/3/1931`: day first or month first as the document itself writes its dates."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.dates import day_first_in, find_dates, reading_day_first


def _dates(doc_notes: list[str]) -> list[str]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(doc_notes) + 1)], "text": doc_notes})
    rows = extract_citations(notes).citations
    return rows[rows.kind == "archival"].date_start.tolist()


def test_an_unambiguous_day_first_date_settles_the_documents_other_slashed_dates():
    assert _dates(["TNA, CO 537/1234, Governor to Secretary of State, 23/4/1905.",
                   "TNA, CO 537/1235, minute, 10/3/1931."]) == ["1905-04-23", "1931-03-10"]


def test_an_unambiguous_month_first_date_keeps_the_document_month_first():
    assert _dates(["TNA, CO 537/1234, memorandum, 4/23/1905.",
                   "TNA, CO 537/1235, minute, 10/3/1931."]) == ["1905-04-23", "1931-10-03"]


def test_named_month_dates_written_day_first_decide_when_no_slashed_date_can():
    assert day_first_in(["TNA, CO 537/1235, minute, 10/3/1931.", "TNA, CO 537/1236, letter of 12 May 1931."])


def test_named_month_dates_written_month_first_keep_the_american_order():
    assert not day_first_in(["RG 59, box 3, memo, 10/3/1931.", "RG 59, box 4, letter of May 12, 1931."])


def test_a_document_with_no_evidence_reads_month_first_as_before():
    assert not day_first_in(["RG 59, box 3, memo, 10/3/1931."])


def test_the_order_holds_only_within_its_block():
    with reading_day_first(True):
        inside = find_dates("minute, 10/3/1931")[0].date_start
    assert (inside, find_dates("minute, 10/3/1931")[0].date_start) == ("1931-03-10", "1931-10-03")


def test_a_second_number_above_twelve_is_the_day_even_in_a_day_first_document():
    with reading_day_first(True):
        assert find_dates("memo, 4/23/1905")[0].date_start == "1905-04-23"
