"""A reference opening with a word for "the same author" is by someone, even when the reference before it names no
author: it is kept, not dropped as a title alone."""

import pandas as pd

from histkit.citations import extract_citations


def test_a_same_author_op_cit_after_a_reference_without_author_is_kept():
    texts = ["Maria Rossi, Le leghe bracciantili, Bologna, Il Mulino, 1980, p. 3.",
             "Statuto della lega, Bologna 1901, p. 4.",
             "Ead., Le leghe bracciantili, op. cit., p. 40."]
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2", "3"], "text": texts})
    refs = extract_citations(notes).references
    assert refs.raw.tolist()[-1] == texts[-1]
