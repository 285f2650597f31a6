"""Ibid. rows of archival round 16 read in-sample."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations.fillna("")
    return [(r.kind, r.unit, r.date_start, r.date_end) for r in rows.itertuples()]


def test_an_ibid_with_the_units_pages_then_its_own_date_takes_that_date():
    assert _rows("Hawaiʻi State Archives, Privy Council Minutes, vol. 4, p. 112, 3 March 1851.",
                 "Ibid., pp. 118–120, 7 & 14 April 1851.")[1] == ("ibid", "vol. 4", "1851-04-07", "1851-04-14")
