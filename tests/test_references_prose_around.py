"""A reference with prose around it in a note: words before a colon that name an archive's subject do not make the
reference an archival citation; a sentence opening with a statute's section (`§ 1155 ABGB ist …`) after a reference
ends the reference, and the note's prose is no part of it."""

import pandas as pd

from histkit.citations import extract_citations


def _literature(text: str) -> list[str]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    citations = extract_citations(notes).citations
    return citations[citations.kind == "literature"].raw.tolist()


def test_a_colon_lead_about_archives_before_a_reference_leaves_it_literature():
    raw = _literature("Zusammenfassend zur Geschichte des archivischen Zugangsrechts: Rehm, Geheimnis – Gedächtnis. "
                      "Archive und Archivrecht, in: Becker/Rehm, Archivrecht für die Praxis, 2017, S. 3 ff.")
    assert len(raw) == 1 and raw[0].endswith("Archivrecht für die Praxis, 2017, S. 3 ff.")


def test_a_sentence_opening_with_a_statute_s_section_ends_the_reference_before_it():
    raw = _literature("Marhold, Entgeltanspruch für Trittbrettfahrer? ASoK 2005, 78; Friedrich, Entgeltfortzahlung und "
                      "Streik, ASoK 2023, 81. § 1155 ABGB ist jedenfalls dispositiv und ein Abbedingen dürfte dann "
                      "zulässig sein.")
    assert raw == ["Marhold, Entgeltanspruch für Trittbrettfahrer? ASoK 2005, 78",
                   "Friedrich, Entgeltfortzahlung und Streik, ASoK 2023, 81."]
