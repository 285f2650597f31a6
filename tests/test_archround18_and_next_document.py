"""A second document after a semicolon that opens with the word for "and" (`…, fol. 45; y libro 5, año 1702`) is
another document of the same archive and fond, as it is without the word (round 18, can:8)."""

import pandas as pd

from histkit.citations import extract_citations


def test_and_then_a_unit_after_a_semicolon_is_the_next_document():
    rows = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": [1], "text": [
        "Archivo Parroquial de Teguise, Fondo parroquial, libro 2 de defunciones, fol. 12; y libro 3, año 1731."]}
    )).citations
    archival = rows[rows.kind == "archival"]
    assert list(zip(archival.unit, archival.date_start)) == [("libro 2 de defunciones", ""), ("libro 3", "1731-01-01")]
