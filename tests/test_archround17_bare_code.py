"""An archive a sentence runs into, its code in brackets with no word for "hereafter" (round 17, bt:9)."""

import pandas as pd

from histkit.citations import extract_citations


def test_a_bare_code_after_a_sentence_names_the_archive_not_the_sentence():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": [1, 2], "text": [
        "The survey maps are also documented at the Kerala Survey Institute, Kochi (KSI), Map Series, MS/12/4, "
        "3 May 1910.",
        "KSI, Map Series, MS/12/5, 9 May 1910."]})
    rows = extract_citations(notes).citations
    archival = rows[rows.kind == "archival"]
    assert list(archival.archive_name) == ["Kerala Survey Institute", "Kerala Survey Institute"]
