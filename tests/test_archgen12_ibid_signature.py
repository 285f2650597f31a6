"""An Ibid. that gives the whole signature again names a new unit of the fond it repeats."""

import pandas as pd

from histkit.citations import extract_citations


def _ibid(first: str, ibid: str) -> tuple[str, str, str]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [first, ibid]})
    row = extract_citations(notes).citations.iloc[-1]
    return row.kind, row.fond, row.unit


def test_a_signature_whose_fond_has_letters_is_the_ibids_new_unit_not_a_title():
    assert _ibid("Churchill Archives Centre (CAC), CHAR 20/45/13, minute, 4 June 1921.", "Ibid., CHAR 20/45/14.") \
        == ("ibid", "CHAR 20", "45/14")


def test_a_repeated_signature_with_its_own_date_keeps_the_fond_and_takes_the_date():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "The National Archives (TNA), WO 32/1234, minute, 4 June 1921.", "Ibid., WO 32/1240, 5 June 1921."]})
    row = extract_citations(notes).citations.iloc[-1]
    assert (row.fond, row.unit, row.date_start) == ("WO 32", "1240", "1921-06-05")


def test_a_page_after_an_ibid_is_still_a_page():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "The National Archives (TNA), WO 32/1234, minute, 4 June 1921.", "Ibid., p. 4."]})
    row = extract_citations(notes).citations.iloc[-1]
    assert (row.unit, row.pages) == ("1234", "p. 4")
