"""Two editions' years after an imprint, the other in a bracket of words no list holds (`Kelmo 1888 (qartryk 1978)`):
the reference is literature, and its year is the later edition's, the one cited."""

import pandas as pd

from histkit.citations import extract_citations


def _references(note: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [note]})).references


def test_a_reprint_in_a_bracket_of_unknown_words_gives_the_reference_its_later_year():
    # (`qartryk`: a made-up language's "reprinted")
    refs = _references("Th. Velmik, Tarvanik ölu i Kelmo, Kelmo 1888 (qartryk 1978), s. 14.")
    assert refs[["authors", "title", "year"]].values.tolist() == [["Th. Velmik", "Tarvanik ölu i Kelmo", "1978"]]


def test_an_earlier_edition_in_a_bracket_leaves_the_cited_edition_year():
    refs = _references("Ardo Velmik, Tarvanik ölu, Kelmo, Vastu, 2005 (1q velt. 1987), p. 140.")
    assert refs.year.tolist() == ["2005"]
