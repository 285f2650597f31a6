"""Reference round 23's Malayalam words: a translator's word and a volume after the imprint, and the words for "the
work mentioned above" after the author's name.

Every note here is made up for the test."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.references import parse_reference


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


_BOOK = "ടി. എം. വർക്കി, കേരളത്തിലെ തൊഴിൽ നിയമങ്ങൾ, വിവ. പി. ആർ. നായർ, കോട്ടയം: ഡി. സി. ബുക്സ്, 1999, വാല്യം 2, പുറം 40."


def test_a_translators_word_and_a_volume_after_the_imprint_leave_the_title_and_imprint_theirs():
    ref = parse_reference(_BOOK)
    assert [ref["title"], ref["place"], ref["year"], ref["volume"]] == ["കേരളത്തിലെ തൊഴിൽ നിയമങ്ങൾ", "കോട്ടയം", "1999", "2"]


def test_the_work_mentioned_above_after_the_authors_name_repeats_it():
    refs = _references(_BOOK, "വർക്കി, മേൽ സൂചിപ്പിച്ച കൃതി, വാല്യം 1, പുറം 8.")
    assert refs[["authors", "ref_of"]].values.tolist()[1] == ["വർക്കി", "1:1"]
