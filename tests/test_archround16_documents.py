"""Second documents of one note in archival round 16, read in-sample: after words saying they lie in the same holding."""

import pandas as pd

from histkit.citations import extract_citations


def _dates(text: str) -> list[str]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    rows = extract_citations(notes).citations.fillna("")
    return rows[rows.kind == "archival"].date_start.tolist()


def test_the_same_collection_with_its_article_opens_a_second_document():
    assert _dates("British Library of Political and Economic Science, Coll Misc 0512, notes, 1873–1875; the same "
                  "collection, item 2, 3 May 1875.") == ["1873-01-01", "1875-05-03"]


def test_a_dutch_same_inventory_number_opens_a_second_document():
    assert _dates("Nationaal Archief Curaçao (NAC), Notariële protocollen, inv.nr. 87, akte nr. 112, 3 juni 1863; zelfde "
                  "inventarisnummer, akte nr. 140, 1 juli 1863.") == ["1863-06-03", "1863-07-01"]


def test_a_lettered_file_reference_with_a_slashed_subcode_opens_a_second_document():
    assert _dates("National Archives Buea (NAB), Native Affairs, Qf/e 1923/4, Assessment Report, 14 June 1923 ; Qf/e "
                  "1923/5, n.d.") == ["1923-06-14", ""]
