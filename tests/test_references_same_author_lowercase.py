"""A new work of the author just named, opened by the word for "the same author" in small letters, as English and Latin
houses print it (`; idem, Title (Place, Year), 88`), and after a conjunction (`; and idem, …`): a citation of its own,
by that author, not a remark."""

import pandas as pd

from histkit.citations import extract_citations


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_idem_in_small_letters_opens_the_author_s_next_work():
    refs = _references("See A. B. Grieve, The Tolbooth (Perth, 1999), 61; idem, The Carse and its Lairds (Edinburgh, "
                       "2004), 88.")
    assert refs[["title", "year"]].values.tolist() == [["The Tolbooth", "1999"], ["The Carse and its Lairds", "2004"]]


def test_idem_after_and_opens_the_author_s_next_work():
    refs = _references("See A. B. Grieve, The Tolbooth (Perth, 1999), 61; and idem, The Carse and its Lairds "
                       "(Edinburgh, 2004), 88.")
    assert refs[["title", "year"]].values.tolist() == [["The Tolbooth", "1999"], ["The Carse and its Lairds", "2004"]]
