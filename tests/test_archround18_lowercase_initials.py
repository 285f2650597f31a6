"""An archive a French sentence runs into, its code after "ci-après": the name capitalises its first word only, so the
code's letters are its words' initials, not its capitals (round 18, dah:5)."""

import pandas as pd

from histkit.citations import extract_citations


def test_the_code_names_the_archive_not_the_sentence_before_it():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": [1, 2], "text": [
        "Les rapports du cercle sont conservés aux Archives nationales du Niger, Niamey (ci-après ANN), "
        "série 1 E, 1 E 12, 3 mai 1912.",
        "ANN, 1 E 14, 9 mai 1912."]})
    rows = extract_citations(notes).citations
    archival = rows[rows.kind == "archival"]
    assert list(archival.archive_name) == ["Archives nationales du Niger", "Archives nationales du Niger"]
