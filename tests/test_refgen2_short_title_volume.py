"""A short title with a volume before its pages (`Name, Short title, vol. 2, 45`): the volume read from its shape, a
short word and a number, so the short title repeats the work it shortens."""

import pandas as pd

from histkit.citations import extract_citations


def test_a_short_title_with_an_unknown_volume_word_repeats_the_work_it_shortens():
    # (`qd`: a made-up language's "vol.")
    notes = ["J. Gerritsen, Geschiedenis van de armenzorg, Amsterdam 1956, 12.", "Gerritsen, Geschiedenis, qd. 2, 310-311."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": notes})).references
    assert refs[["authors", "title", "volume", "ref_of"]].values.tolist()[-1] == ["Gerritsen", "Geschiedenis", "2", "1:1"]


def test_a_volume_after_a_numbered_unit_is_no_short_titles():
    notes = ["HDA, fond 1561, kut. 5, 45."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": notes})).references
    assert refs.empty
