"""Two authors joined by a spaced dash (`HOLEC – MARKO`, Slovak and Greek notes) are names, and a short form so
written repeats their work."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.names import is_name


def test_two_surnames_joined_by_a_spaced_dash_are_a_name():
    assert is_name("HOLEC – MARKO") and is_name("Νικολάου – Ραπτόπουλος")


def test_a_short_form_with_dash_joined_authors_repeats_their_work():
    notes = ["HOLEC, Ivan – MARKO, Pavol. Trhy v Nitre. Nitra : UKF, 2001, s. 12.", "HOLEC – MARKO, Trhy, s. 40."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": notes})).references
    assert refs.ref_of.tolist() == ["", "1:1"]
