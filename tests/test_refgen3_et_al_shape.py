"""An "et al." no list holds after the first author (`Ardo Velmik q vn., Title, Place Year`): by its shape, one or two
words of three small letters or fewer ending in a full stop, it is no part of the name, and the name is the author."""

import pandas as pd

from histkit.citations import extract_citations


def test_an_unknown_et_al_after_a_name_leaves_the_name_as_the_author():
    # (`q vn.`: a made-up language's "et al.")
    notes = ["Ardo Velmik q vn., Tarvanik ölu kelmo, Kelmo 2010, s. 14."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": notes})).references
    assert refs[["authors", "title", "year"]].values.tolist() == [["Ardo Velmik", "Tarvanik ölu kelmo", "2010"]]
