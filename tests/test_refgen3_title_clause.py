"""A translator's or an editor's clause and a volume's part between a title and its imprint in a full-stop style,
in words no list holds (`Pealkiri. Kd 2. Toim. Eesnimi Nimi. Koht: Kirjastus, 1995`): no part of the title."""

import pandas as pd

from histkit.citations import extract_citations


def _references(note: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [note]})).references


def test_an_unknown_volume_and_editor_clause_after_a_title_is_left_out_of_it():
    # (`Qv` and `Velt.`: a made-up language's "vol." and "ed.")
    refs = _references("Tarvan maarahva ölu. Qv 2. Velt. Ardo Velmik. Kelmo: Vastu, 1995, lk 233.")
    assert refs[["title", "year"]].values.tolist() == [["Tarvan maarahva ölu", "1995"]]


def test_an_unknown_translator_clause_with_small_words_is_left_out_of_the_title():
    refs = _references("A. Velmik. Tarvan ölu ja kelmo. Qo vartu val. pelk. M. Ardo. Kelmo: Vastu, 2004, 77. lpp.")
    assert refs.title.tolist() == ["Tarvan ölu ja kelmo"]
