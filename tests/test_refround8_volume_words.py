"""Swedish `m.fl.` (et al.) and the volume words `bd` (sv) and `dl.` (nl) are data."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.references import parse_reference


def test_a_volume_word_between_commas_gives_the_volume_not_a_part_of_the_title():
    for word in ("bd", "dl."):
        ref = parse_reference(f"Karin Berg, Torpet och staden, {word} 2 (Lund 1977), s. 45.")
        assert (ref["title"], ref["volume"]) == ("Torpet och staden", "2"), word


def test_m_fl_after_the_author_is_not_part_of_the_name():
    notes = ["Karin Berg, Per Ek och Eva Sund, Torpet (Lund 1977), s. 4.", "Berg m.fl., a.a., s. 9."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": notes})).references
    assert refs.ref_of.tolist() == ["", "1:1"]
