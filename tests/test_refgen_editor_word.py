"""An editor word read from its shape: a short word in small letters with a full stop, in brackets after the names."""

import pandas as pd

from histkit.citations import extract_citations


def test_names_with_an_unknown_bracketed_abbreviation_are_the_editors_of_the_book_after_them():
    # (`qzr.`: a made-up language's "ed.")
    note = "Osman Kaya (qzr.), Köy ve Kent, İstanbul: Kitabevi, 2004, s. 55."
    refs = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [note]})).references
    assert refs[["authors", "title", "year"]].values.tolist() == [["Osman Kaya", "Köy ve Kent", "2004"]]
