"""A day dated in a style whose year begins on another day than 1 January is read in the common count.

`15 febbraio 1433 m.v.` (more veneto, the year begun on 1 March) is 15 February 1434; a New Style year a historian adds
in brackets (`12 février 1420 [n. st. 1421]`) is the day's year. The marks are ``year_start_marks.csv``'s.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _first(text: str) -> dict:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations.fillna("").iloc[0].to_dict()


@pytest.mark.parametrize("text, day", [
    ("ASVe, Senato, Mar, reg. 7, c. 12r, 20 gennaio 1462 m.v.", "1463-01-20"),
    ("ASVe, Senato, Mar, reg. 7, c. 14r, 4 aprile 1463 m.v.", "1463-04-04"),  # (after 1 March: the same year)
    ("ASFi, Signori, Missive, reg. 40, c. 3r, 10 marzo 1455 st. fior.", "1456-03-10"),
    ("ADN, B 1606, mandement, 12 février 1420 [n. st. 1421].", "1421-02-12"),
])
def test_a_day_in_a_year_start_style_is_read_in_the_common_year(text, day):
    assert _first(text)["date_start"] == day
