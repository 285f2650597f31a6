"""A year after the document's words in small letters, in brackets after the unit or the leaves, dates the document
(round 18, fri:5, yak:5); a name and a year there stay no date."""

import pandas as pd

from histkit.citations import extract_citations


def _dates(texts: list[str]) -> list[tuple[str, str]]:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": range(1, len(texts) + 1), "text": texts})
    rows = extract_citations(notes).citations
    archival = rows[rows.kind == "archival"]
    return list(zip(archival.date_start, archival.date_end))


def test_a_visitation_of_a_year_in_brackets_after_the_unit():
    assert _dates(["Archivio storico diocesano di Trento, Atti visitali, b. 7, fasc. 2 (visita del 1579)."]) \
        == [("1579-01-01", "1579-12-31")]


def test_a_report_for_two_years_in_brackets_after_the_leaves():
    assert _dates(["Государственный архив Иркутской области. Ф. 24. Оп. 3. Д. 15. Л. 2–9 (отчёт за 1911–1912 гг.)."]) \
        == [("1911-01-01", "1912-12-31")]
