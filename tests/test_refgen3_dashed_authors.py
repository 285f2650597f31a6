"""Three authors joined by spaced dashes, each with a given name (`Ardo VELMIK – Eva KARTU – Petr HANIK, Title,
Place Year`): persons' names, five words each at most, not one name of six words."""

import pandas as pd

from histkit.citations import extract_citations


def test_three_authors_joined_by_spaced_dashes_are_the_reference_authors():
    notes = ["Ardo VELMIK – Eva KARTU – Petr HANIK, Tarvanik ölu kelmo, Kelmo 2011, s. 56."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": notes})).references
    assert refs[["authors", "title", "year"]].values.tolist() == [
        ["Ardo VELMIK – Eva KARTU – Petr HANIK", "Tarvanik ölu kelmo", "2011"]]
