"""A US state's abbreviation before its code's name is no archive's code, though an archive's code is spelt so.

A law review prints a statute's code in small capitals (`TEX. PENAL CODE ANN. § 19.02`), which a PDF's text gives in
capitals; the state's abbreviation with its full stop may be an archive's code (`VA` is the Vojni arhiv's). The whole
is a statute: kind ``legislation``, no archival row.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _rows(text: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations.fillna("")


@pytest.mark.parametrize("text", [
    "VA. CODE ANN. § 19.2-310 (1995).",
    "See id.; see also VA. CODE ANN. § 8.01-581.1 (2007).",
])
def test_a_state_code_whose_abbreviation_is_an_archive_code_is_legislation(text):
    rows = _rows(text)
    assert "archival" not in set(rows.kind), rows[["kind", "archive", "unit"]].values.tolist()
    assert rows.kind.iloc[-1] == "legislation"


def test_the_archive_whose_code_it_is_is_still_read_before_its_call_number():
    rows = _rows("VA, fond 17, k. 45, f. 2, izveštaj od 3. 4. 1944.")
    assert (rows.kind.iloc[0], rows.archive.iloc[0]) == ("archival", "VA")
