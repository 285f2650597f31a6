"""Dates of archival round 16's citations read in-sample from the prose around them."""

import pandas as pd

from histkit.citations import extract_citations


def _dated(text: str) -> list[tuple[str, str]]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    rows = extract_citations(notes).citations.fillna("")
    return [(r.archive, r.date_start) for r in rows.itertuples() if r.kind == "archival"]


def test_a_letter_dated_in_prose_just_before_its_bracketed_holding_takes_that_date():
    assert _dated("Paoli écrit à son frère Clemente le 14 novembre 1764 (Archivio di Stato di Bologna, Archivio "
                  "Malvezzi, b. 45, fasc. 3).") == [("ASBo", "1764-11-14")]

