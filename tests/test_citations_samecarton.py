"""English `same carton` after a semicolon is another document of the holding just cited, as `same box` is."""

import pandas as pd

from histkit.citations import extract_citations


def test_same_carton_is_another_undated_document_of_the_carton_cited_before():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"],
                          "text": ["Archives of the Holy Ghost Fathers, Chevilly (hereafter AHGF), Zanzibar, carton 12, "
                                   "diary of the mission, 4 June 1890; same carton, list of pupils, n.d."]})
    rows = extract_citations(notes).citations
    assert [(r.archive, r.fond, r.date_start) for r in rows.itertuples()] == [
        ("AHGF", "Zanzibar", "1890-06-04"), ("AHGF", "Zanzibar", "")]
