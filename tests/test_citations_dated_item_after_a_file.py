"""A dated item after an archival file of its note (`NARA, RG 38/98B/413, Intelligence report sent by Jordan, 28 July
1945, and Letter from Fernald, 28 Nov. 1944; RG 226/A1-210/35, …`) is another document of the same holding, though a
title and a day look like a newspaper's issue: only a law, a gazette or a parliament's record after the file is not."""

from histkit import Document, build_tables


def test_a_letter_and_its_day_after_a_file_is_another_document_of_the_holding():
    note = ("NARA, RG 38/98B/413, Intelligence report sent by Jordan, 28 July 1945, and Letter from Fernald, "
            "28 Nov. 1944; RG 226/A1-210/35, Agents of the intelligence services of the Axis in Spain, 1945.")
    cited = build_tables([Document.from_text(f"Body.1\n\n1 {note}\n", doc_id="d")])["citations"]
    assert cited.kind.tolist() == ["archival", "archival", "archival"]
    assert cited.unit.tolist() == ["98B/413", "98B/413", "A1-210/35"]
