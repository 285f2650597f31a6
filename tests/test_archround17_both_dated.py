"""A date stated once for two documents, in a sentence after both (round 17, tat:14, krym:9)."""

import pandas as pd

from histkit.citations import extract_citations


def _archival(text: str) -> pd.DataFrame:
    rows = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": [1], "text": [text]})).citations
    return rows[rows.kind == "archival"]


def test_the_word_for_both_dates_both_documents():
    archival = _archival("ГАРФ. Ф. 102. Оп. 5. Д. 311. Л. 4; РГИА. Ф. 1284. Оп. 2. Д. 77. Л. 9. "
                         "Оба документа – май 1903 г.")
    assert list(archival.date_start) == ["1903-05-01", "1903-05-01"]
    assert list(archival.date_end) == ["1903-05-31", "1903-05-31"]

