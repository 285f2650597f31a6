"""A law cited by its gazette's abbreviation (`JO du …`, `GU n. …`) before an archival citation is a citation of its
own: the note gives two rows, the law's and the archive's (``gazettes.csv``'s abbreviated names)."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _rows(text: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations.fillna("")


@pytest.mark.parametrize("text, archive", [
    ("Loi du 11 mars 1932 portant création des allocations familiales, JO du 12 mars 1932, p. 2626 ; AN, F22 1530, "
     "note du ministre, 4 avril 1932.", "AN"),
    ("R.d.l. 5 settembre 1938, n. 1390, in GU n. 209 del 13 settembre 1938; ACS, Ministero dell'interno, Gabinetto, "
     "b. 7, appunto del 2 settembre 1938.", "ACS"),
])
def test_a_law_in_its_gazette_then_a_file_gives_two_rows(text, archive):
    rows = _rows(text)
    assert len(rows) == 2
    assert rows.kind.iloc[0] != "archival"
    assert (rows.kind.iloc[1], rows.archive.iloc[1]) == ("archival", archive)
