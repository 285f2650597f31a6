"""A citation that copies a medieval or early-modern document's dating clause is dated to the day it names.

Feasts (`am Dienstag nach Jacobi 1498`, `feria secunda post festum sancti Michaelis 1510`, `in festo sancti Martini
1312`) and a day and month in a regnal year (`12 May 14 Edw. III`) name a day, which the dates table has read for long;
a citation row gives it too, where before it kept only the year.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations
from histkit.dates import find_date_groups


def _first(text: str) -> dict:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations.fillna("").iloc[0].to_dict()


@pytest.mark.parametrize("text, day", [
    ("Stadtarchiv Bamberg, B 4, Nr. 56, Ratsprotokoll, fol. 12r, am Dienstag nach Jacobi 1498.", "1498-07-31"),
    ("AGAD, Metryka Koronna, ks. 31, k. 4r, feria secunda post festum sancti Michaelis 1510.", "1510-09-30"),
    ("AN, J 512, no 3, lettres du roi, in festo sancti Martini 1312.", "1312-11-11"),
    ("ADN, B 1604, mandement, le lundi après la Saint-Remi 1405.", "1405-10-05"),
])
def test_a_feast_in_the_dating_clause_dates_the_row_to_its_day(text, day):
    row = _first(text)
    assert (row["kind"], row["date_start"], row["date_precision"]) == ("archival", day, "day")


@pytest.mark.parametrize("text, day", [
    ("TNA, E 101/390/2, m. 4, payment of 12 May 14 Edw. III.", "1340-05-12"),
    ("TNA, E 101/390/2, m. 6, payment of 20 Jan. 14 Edw. III.", "1341-01-20"),  # (the regnal year runs from 25 January)
    ("TNA, C 66/201, m. 3, letters patent of 28 Oct. 13 Edw. III [1339].", "1339-10-28"),
])
def test_a_day_in_a_regnal_year_is_that_day_of_the_year_of_grace(text, day):
    row = _first(text)
    assert (row["kind"], row["date_start"], row["date_precision"]) == ("archival", day, "day")


def test_a_feast_after_1800_stays_a_surname_and_its_year():
    assert [(d.surface, d.precision) for d in find_date_groups("Martini 1999, p. 4")] == [("1999", "year")]


def test_a_statute_session_over_two_regnal_years_names_no_day():
    assert [d.precision for d in find_date_groups("on 3 June 4 & 5 Will. IV")] == []
