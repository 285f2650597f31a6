"""Samoan and Friulian month names, which dateparser lacks (round 18, sam and fri)."""

import pandas as pd

from histkit.citations import extract_citations


def _dates(text: str) -> list[tuple[str, str]]:
    rows = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": [1], "text": [text]})).citations
    archival = rows[rows.kind == "archival"]
    return list(zip(archival.date_start, archival.date_end))


def test_a_samoan_month_dates_the_letter():
    assert _dates("Letter of the pastor, Apia, 3 Oketopa 1888, Archivio dei Padri Maristi (hereafter APM), "
                  "OC 418, no. 12.") == [("1888-10-03", "1888-10-03")]


def test_a_friulian_day_of_the_month_of_the_year():
    assert _dates("Archivio di Stato di Udine, Archivio notarile antico, b. 712, lettera dei 5 di Avrîl "
                  "dal 1848.") == [("1848-04-05", "1848-04-05")]
