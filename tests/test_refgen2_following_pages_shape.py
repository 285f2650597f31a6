"""A short title whose pages end in a word for the pages that follow that no list holds (`s. 140 vd.`): the word read
from its shape, a dotted abbreviation in small letters after the page, so the short title repeats its work."""

import pandas as pd

from histkit.citations import extract_citations


def test_a_short_title_with_an_unknown_following_pages_word_repeats_the_work_it_shortens():
    # (`qv.`: a made-up language's "ff.")
    notes = ["Mehmet Karabacak, Aşardan Arazi Vergisine, Ankara: TTK, 1985, s. 12.", "Karabacak, Aşardan Arazi, s. 140 qv."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": notes})).references
    assert refs[["authors", "title", "ref_of"]].values.tolist()[-1] == ["Karabacak", "Aşardan Arazi", "1:1"]
