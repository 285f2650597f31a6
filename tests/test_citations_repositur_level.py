"""A German archive's Repositur (`Rep. 19`) is a level above its files: the collection, not part of the unit.

`repository_words.csv` holds the words (a historian adds rows); a short number after one is no file, so the file
(`Nr. 1234`) alone is the unit, as the Max Planck Society's archive numbers its holdings Abteilung, Repositur, Nr.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations
from histkit.citations.holdings import is_unit_token


def _first(text: str) -> dict:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations.fillna("").iloc[0].to_dict()


@pytest.mark.parametrize("text, fond, collection, unit", [
    ("AMPG, III. Abt., Rep. 19, Nr. 1234, Haber an Willstätter, 4.8.1933.", "III. Abt.", "Rep. 19", "Nr. 1234"),
    ("AMPG, I. Abt., Rep. 1A, Nr. 77, Glum an Harnack, 2.5.1927.", "I. Abt.", "Rep. 1A", "Nr. 77"),
])
def test_a_repositur_after_the_fond_is_the_collection(text, fond, collection, unit):
    row = _first(text)
    assert (row["fond"], row["collection"], row["unit"]) == (fond, collection, unit)


def test_a_repositur_inside_the_prussian_fond_stays_there():
    row = _first("GStA PK, I. HA Rep. 77, Tit. 1022, Nr. 4, Bd. 2, 2.5.1875.")
    assert (row["fond"], row["unit"]) == ("I. HA Rep. 77", "Tit. 1022, Nr. 4, Bd. 2")


def test_a_repositur_is_no_unit_token():
    assert (is_unit_token("Rep. 19"), is_unit_token("Nr. 1234")) == (False, True)
