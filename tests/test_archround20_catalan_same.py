"""Catalan `mateix volum` ("the same volume") opens another document of the volume just cited (round 20), as
`même liasse` and `mismo legajo` do."""

import pandas as pd

from histkit.citations import extract_citations


def test_the_same_volume_in_catalan_is_a_second_document_with_its_own_date():
    rows = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": [1], "text": [
        "Arxiu Nacional d'Andorra, Protocols notarials, notari Joan Pallarés, vol. 45, capítols matrimonials, 12 de "
        "març de 1791; mateix volum, testament del 14 de maig de 1791."]})).citations
    archival = rows[rows.kind == "archival"]
    assert list(zip(archival.unit, archival.date_start)) == [("vol. 45", "1791-03-12"), ("vol. 45", "1791-05-14")]
