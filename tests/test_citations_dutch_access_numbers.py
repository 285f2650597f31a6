"""A Dutch archive group's number is the fond however the note prints it: in brackets before its name (`archief 312
(Rijkscommissaris), inv.nr. 88`), plain after a collection's name (`Collectie Indië, 071, inv.nr. 9`), or before the
inventory number after a slash in the archives that write their references so (`slash_access_archives.csv`: `NIOD,
312/90`); a collection named with `Collectie` is no town."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _row(text: str) -> pd.Series:
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations.fillna("").iloc[0]


@pytest.mark.parametrize("text, fond, collection, unit", [
    ("NIOD, archief 312 (Rijkscommissaris), inv.nr. 88, rapport, 4 april 1942.", "312", "Rijkscommissaris", "inv.nr. 88"),
    ("NIMH, Collectie Indië, 071, inv.nr. 9, verslag, juni 1947.", "071", "Collectie Indië", "inv.nr. 9"),
    ("NIOD, Indische Collectie, 401, inv.nr. 77, verklaring, 2 mei 1946.", "401", "Indische Collectie", "inv.nr. 77"),
    ("NIOD, 312/90, rapport, 6 mei 1942.", "312", "", "90"),
])
def test_a_dutch_archive_groups_number_is_the_fond(text, fond, collection, unit):
    row = _row(text)
    assert (row.fond, row.collection, row.unit) == (fond, collection, unit)


def test_a_slashed_number_of_another_archive_stays_whole():
    row = _row("Israel State Archives, 2403/12, letter, 3 January 1949.")
    assert row.fond + row.unit in ("2403/12",)
