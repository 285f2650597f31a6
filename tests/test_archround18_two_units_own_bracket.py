"""Two units of one fond joined by "and", the first described and dated in its own bracket, the second undated after
both (round 18, buk:5): two documents, each with its own date or none."""

import pandas as pd

from histkit.citations import extract_citations


def test_the_first_keeps_its_bracketed_date_and_the_second_its_no_date():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": [1], "text": [
        "Deržavnyj archiv Ivano-Frankivs'koï oblasti, f. 2, op. 1, spr. 45 (Protokoll der Sitzung vom 12. Mai 1890) "
        "und spr. 47, o. D."]})
    rows = extract_citations(notes).citations
    archival = rows[rows.kind == "archival"]
    assert list(zip(archival.unit.str[:13], archival.date_start)) == [("op. 1, spr. 4", "1890-05-12"),
                                                                      ("op. 1, spr. 4", "")]
