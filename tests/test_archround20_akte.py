"""A Dutch notarial deed is cited by `akte nr.` and its number (`unit_words.csv`): `Idem, akte nr. 60, z.d.` after a
notarial citation is an Ibid. naming another deed (round 20), as `Idem, akte 61` was."""

import pandas as pd

from histkit.citations import extract_citations


def test_idem_and_a_deed_number_is_an_ibid_of_the_deed_before():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "Archivo Nacional Aruba, Notariële archieven, notaris C.W. Prince, inv.nr. 87, akte nr. 45, 23-4-1868.",
        "Idem, akte nr. 60, z.d."]})
    rows = extract_citations(notes).citations
    assert list(zip(rows.kind, rows.unit, rows.ibid_of))[1] == ("ibid", "akte nr. 60", "1:1")
