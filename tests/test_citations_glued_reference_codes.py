"""A reference code whose first part glues letters to a number (`H01/ST/A/1/12`) parts at its last slash.

British record offices and company archives number their catalogues' levels so (`LMA, H01/ST/A/1/12`, the hospital,
its committee, its series, then the item): the levels are the fond, the last part the unit. Numbers alone after the
first part (`GD40/17/412`) leave it the fond, as earlier rounds write; a series spaced from its
number (`FO 371/1234`) keeps the first slash, as the National Archives write.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _first(text: str) -> dict:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations.fillna("").iloc[0].to_dict()


@pytest.mark.parametrize("text, fond, unit", [
    ("LMA, H01/ST/A/1/12, Grand Committee minutes, 3 May 1871.", "H01/ST/A/1", "12"),
    ("Cunard Archive, D42/C1/1/45, letter, 3 March 1911.", "D42/C1/1", "45"),
    ("NRS, GD40/17/412, letter, 1745.", "GD40", "17/412"),
    ("TNA, FO 371/1234, minute, 1950.", "FO 371", "1234"),
])
def test_a_glued_code_parts_at_its_last_slash(text, fond, unit):
    row = _first(text)
    assert (row["fond"], row["unit"]) == (fond, unit)
