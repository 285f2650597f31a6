"""A title printed in capitals keeps its subtitle, though the subtitle opens with an archive's code (`AN`, `TNA`).

Bluebook notes print a book's title in small capitals, a PDF's text in capitals: `… THE LAW OF TORTS: AN OUTLINE 45`.
The colon there parts a title from its subtitle, not a lead-in from an archival citation (`AN` is the Archives
nationales' code): one reference, no archival row.
"""

import pandas as pd

from histkit.citations import extract_citations


def _rows(text: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations.fillna("")


def test_a_subtitle_in_capitals_after_a_colon_is_no_archival_citation():
    rows = _rows("WILLIAM T. GRANGER, THE LAW OF TORTS IN VIRGINIA: AN OUTLINE 45 (3d ed. 1988).")
    assert list(rows.kind) == ["literature"]


def test_a_citation_after_a_colon_is_still_cut_off_and_read():
    rows = _rows("Rapport du préfet, 2 mars 1921 : AN, F7 13015.")
    assert "archival" in set(rows.kind)
    assert rows[rows.kind == "archival"].archive.iloc[0] == "AN"
