"""A lead word read from its shape: a capitalised abbreviation opening a note before the reference it leads in."""

import pandas as pd

from histkit.citations import extract_citations


def test_a_reference_after_an_unknown_capitalised_abbreviation_is_read():
    # (`Qrz.`: a made-up language's "see")
    note = "Qrz. WILLIAMSON, Andrew. Sovietizácia strednej Európy. Bratislava : Kalligram, 2004, s. 77."
    refs = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [note]})).references
    assert refs.year.tolist() == ["2004"]
    assert "WILLIAMSON" in refs.authors.iloc[0]


def test_a_reference_after_an_unknown_capitalised_abbreviation_and_a_colon_is_read():
    # (`Жщк.:`: a made-up language's "see", before a reference in the GOST order)
    note = "Жщк.: Климкович В. Кооперативний рух у Галичині (1883–1914 рр.). – Львів: Вид-во ЛНУ ім. Івана Франка, 2003. – С. 21–24."
    refs = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [note]})).references
    assert refs.year.tolist() == ["2003"]
