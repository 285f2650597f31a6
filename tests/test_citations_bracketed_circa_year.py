"""A year the historian supplies after `c.` in square brackets dates an undated document to that year.

In notes `c. 1450` may be a leaf (an Italian carta), so the date forms read no year after `c.`; in square brackets
after a no-date mark (`s.d. [c. 1330]`, `s. f. [c. 1580]`) it is the historian's conjecture, read as that year as
round 32 read `s. d. [um 1400]`.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _first(text: str) -> dict:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations.fillna("").iloc[0].to_dict()


@pytest.mark.parametrize("text, year", [
    ("TNA, SC 8/12/580, petition of the burgesses of Bristol, s.d. [c. 1325].", "1325"),
    ("BNE, Mss/2712, fol. 4r, memorial anónimo, s. f. [c. 1590].", "1590"),
])
def test_a_bracketed_circa_year_after_no_date_dates_the_row(text, year):
    row = _first(text)
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (f"{year}-01-01", f"{year}-12-31", "year")


def test_a_carta_without_brackets_is_no_year():
    row = _first("ASFi, Notarile antecosimiano 2712, c. 1450, s.d.")
    assert row["date_start"] == ""
