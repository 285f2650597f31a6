"""A law, a gazette or a decision cited after an archival file in the same note is that printed source, not another
file of the archive just named (`…, Bd. 4; vgl. RGBl. 1938 I, S. 12`)."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(text: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations.fillna("")


def test_a_gazette_after_a_file_is_legislation():
    rows = _rows("BArch, R 3001/2231, Bl. 4, Vermerk vom 2. Mai 1938; vgl. RGBl. 1938 I, S. 412.")
    assert list(rows.kind) == ["archival", "legislation"]


def test_a_call_number_after_a_file_is_still_another_file():
    rows = _rows("TNA, FO 371/22991, minute, 3 May 1939; FO 371/22992.")
    assert list(rows.kind) == ["archival", "archival"]
    assert list(rows.archive) == ["TNA", "TNA"]
