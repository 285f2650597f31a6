"""`fon`, the Serbian and Croatian spelling of `von`, is a particle of a name (`Rudolf fon Jering`): the name opens
the reference and the translator after the title stays the translator."""

import pandas as pd

from histkit.citations import extract_citations


def test_a_name_with_fon_is_the_author_of_a_translated_book():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"],
                          "text": ["Rudolf fon Jering, Borba za pravo, prev. Jovan Ristić-Veljković, Beograd 1902, str. 10."]})
    refs = extract_citations(notes).references
    assert refs[["authors", "title", "year"]].values.tolist() == [["Rudolf fon Jering", "Borba za pravo", "1902"]]
