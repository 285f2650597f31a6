"""Reference round 23's Belgian house: a book's series in brackets after the imprint's year, with the book's volume
in it, is none of the imprint, and the book's repeat `o.c.` finds the book.

Every note here is made up for the test."""

import pandas as pd

from histkit.citations import extract_citations


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_a_series_in_brackets_after_the_year_leaves_the_title_and_its_repeat():
    refs = _references("M. Peeters, Het Gentse katoen, Brussel, Paleis der Academiën, 1962 (Verhandelingen van de Klasse "
                       "der Letteren, nr. 44), p. 12.", "Peeters, o.c., p. 30.")
    assert refs[["title", "year", "ref_of"]].values.tolist() == [["Het Gentse katoen", "1962", ""],
                                                                 ["Het Gentse katoen", "1962", "1:1"]]
