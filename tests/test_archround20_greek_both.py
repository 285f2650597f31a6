"""A Greek date stated once for two documents (`αμφότεροι του 1835`, "both of 1835") goes to both (round 20), as
`both 1912`, `beide uit 1885` and `entrambi del 1958` do."""

import pandas as pd

from histkit.citations import extract_citations


def _dates(text: str) -> list[tuple[str, str]]:
    rows = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": [1], "text": [text]})).citations
    archival = rows[rows.kind == "archival"]
    return list(zip(archival.unit, archival.date_start))


def test_both_of_a_year_dates_the_two_folders():
    assert _dates("Γενικά Αρχεία του Κράτους, Ιόνιος Γερουσία, φάκ. 420 και φάκ. 421, αμφότεροι του 1835.") == [
        ("φάκ. 420", "1835-01-01"), ("φάκ. 421", "1835-01-01")]
