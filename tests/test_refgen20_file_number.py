"""An archival citation ending with a file's number (`…, File No. 1211, 1930`, `…, Fyl kr. 18/1921`) of an archive
the matcher does not know is archival, not a corporate author's report: no row of the references table."""

import pandas as pd

from histkit.citations import extract_citations


def _tables(note: str):
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [note]}))


def test_an_unknown_archive_its_department_and_a_file_number_are_archival():
    tables = _tables("Vardan Provincial Archives, Revenue Department (Land), File No. 4471, 1931.")
    assert tables.citations.kind.tolist() == ["archival"] and tables.references.empty


def test_a_file_number_carrying_its_year_is_archival_whatever_the_words():
    # (`Fyl kr.`: a made-up language's "File No.")
    tables = _tables("Qorvan Dastur, Lemberu, Garh Vibhag (Siyasi), Fyl kr. 18/1921.")
    assert tables.citations.kind.tolist() == ["archival"] and tables.references.empty


def test_a_journal_article_ending_with_its_issue_and_year_stays_a_reference():
    refs = _tables("Anil Mehra, Tenancy and Unrest, Indian Economic Review, vol. 27, no. 3, 1990.").references
    assert refs.authors.tolist() == ["Anil Mehra"]
