"""A Basque date whose year takes `-eko` (after a numeral ending in a consonant), as `-ko` after the others: a
newspaper's issue dated so is a source, and an Ibidem after it repeats no work."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.dates import find_dates


def test_a_year_with_eko_before_the_genitive_month_and_day_is_that_day():
    assert [d.date_start for d in find_dates("1910eko urriaren 3a")] == ["1910-10-03"]


def test_a_newspaper_issue_dated_in_basque_is_a_source_and_its_ibidem_no_reference():
    notes = pd.DataFrame({"doc_id": ["d"] * 3, "note_no": ["1", "2", "3"],
                          "text": ["Ane Goikoetxea, Herriko eskolak (Iruñea: Pamiela, 1990), 33. or.",
                                   "Euskal Egunkaria, 1910eko urriaren 3a.", "Ibidem."]})
    tables = extract_citations(notes)
    assert tables.citations.kind.tolist() == ["literature", "press", "ibid"]
    assert tables.references.note_no.tolist() == ["1"]
