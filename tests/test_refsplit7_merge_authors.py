"""A reference the rules read with the end of a sentence as its first author's name (`die aufschlussreichen
Bemerkungen von Gian Biagio Conte, …`) takes the name where the model begins the reference."""

import pandas as pd

from histkit.citations import extract_citations


def test_words_of_a_sentence_before_the_name_leave_the_authors_the_model_reads():
    text = ("Siehe die aufschlussreichen Bemerkungen von Gian Biagio Conte, Genres and Readers: Lucretius, Love Elegy, "
            "Pliny’s Encyclopedia, Baltimore 1994, 91.")
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    assert extract_citations(notes).references.authors.tolist() == ["Gian Biagio Conte"]

