"""An article's list of its archival sources teaches the codes its notes cite archives by."""

import pandas as pd

import histkit
from histkit import extract_citations


def _cited(note: str, text: str) -> pd.Series:
    notes = pd.DataFrame({"doc_id": ["a"], "note_no": ["1"], "text": [note]})
    return extract_citations(notes, texts={"a": text}).citations.iloc[0]


def test_a_code_the_list_gives_for_an_archive_the_authority_file_knows_by_name_is_that_archive():
    row = _cited("CSA, Režimske organizacije, grupa VII, document No. 858.",
                 "Sources\nArchival Sources\nCSA – Croatian State Archives:\nRežimske organizacije.\n")
    assert (row.kind, row.archive) == ("archival", "HDA")


def test_a_code_the_list_gives_for_an_archive_nobody_listed_is_an_archive_of_its_own():
    row = _cited("XRA, fond 12, kart. 4, Zpráva, 3. 4. 1950.", "Prameny\nXRA – Okresní archiv v Xradci\n")
    assert (row.kind, row.archive, row.archive_name, row.fond) == ("archival", "XRA", "Okresní archiv v Xradci", "12")


def test_a_line_naming_no_archive_teaches_nothing():
    row = _cited("JMHX, 12, 45.", "Abbreviations\nJMHX – Journal of Modern History X\n")
    assert row.kind != "archival"


def test_the_tables_of_a_document_read_its_own_list_of_archives():
    text = ("A title\n\nThe minutes survive.1\n\nSources\n\nXQA – Archive of the Xq Region:\n\n"
            "1 XQA, fond 5, box 2, Minutes, 3 May 1950.\n")
    doc = histkit.Document.from_text(text, doc_id="d")
    citations = histkit.build_tables(histkit.Corpus([doc]))["citations"]
    assert citations[["archive", "archive_name", "fond"]].values.tolist() == [["XQA", "Archive of the Xq Region", "5"]]
