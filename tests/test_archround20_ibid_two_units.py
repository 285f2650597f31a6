"""An Ibid. naming two units at once (`Isto, br. 46 i br. 47`, `Αυτόθι, έγγρ. 7 και έγγρ. 8`) gives two Ibid. rows
that both repeat the citation before the note: the second is no Ibid. of the first (rounds 19 and 20)."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str) -> list[tuple[str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    return list(zip(rows.kind, rows.ibid_of))


def test_both_units_of_one_ibid_point_to_the_note_before():
    assert _rows("PMCG, Arhiv porodice Visković, kut. 3, br. 45, 14. januara 1802.",
                 "Isto, br. 46 i br. 47, oba bez datuma.")[1:] == [("ibid", "1:1"), ("ibid", "1:1")]


def test_an_ibid_inside_a_note_still_points_to_the_row_before_it():
    assert _rows("TNA, FO 371/1, 3 May 1920; ibid., FO 371/2.")[1] == ("ibid", "1:1")
