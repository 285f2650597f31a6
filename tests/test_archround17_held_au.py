"""A French sentence that says the papers are at an archive with `au` (`à le`), the archive unknown (round 17, mau:11)."""

import pandas as pd

from histkit.citations import extract_citations


def test_the_sentence_before_au_is_no_part_of_the_archive_s_name():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": [1], "text": [
        "Les livres de bord sont au Centre d'archives de Tadoussac, fonds Dufour, carton 3, 14 mai 1862."]})
    rows = extract_citations(notes).citations
    assert list(rows[rows.kind == "archival"].archive_name) == ["Centre d'archives de Tadoussac"]
