"""Two units cited at once give two rows; a third document after two `;` pieces is still the archive's."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str) -> list[tuple[str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    rows = rows[rows.kind == "archival"]
    return [(r.note_no, r.unit, r.date_start) for r in rows.itertuples()]


def test_two_files_after_a_plural_word_are_two_rows_with_the_shared_date():
    assert _rows("Archives nationales du Cambodge (ANC), fonds RSC, boîte 3, dossiers 4513 et 4514, rapports du 3 mai "
                 "1920.") == [("1", "boîte 3, dossier 4513", "1920-05-03"), ("1", "boîte 3, dossier 4514", "1920-05-03")]


def test_two_boxes_in_english_are_two_rows():
    assert [unit for _, unit, _ in _rows("The National Archives (TNA), WO 32, boxes 12 and 13, minutes, 4 June 1921.")] \
        == ["box 12", "box 13"]


def test_two_pages_are_one_document():
    assert len(_rows("The National Archives (TNA), FO 371/1234, minute, 4 June 1921, pp. 3 and 4.")) == 1


def test_a_third_document_after_an_undated_one_is_still_cited():
    rows = _rows("Archives nationales du Cambodge (ANC), fonds RSC, boîte 412, dossier 4513, rapport, 3 mai 1920 ; "
                 "dossier 4515, s.d. ; dossier 4516, télégramme du 2 mai 1920.")
    assert [(unit, date) for _, unit, date in rows][-1] == ("boîte 412, dossier 4516", "1920-05-02")
