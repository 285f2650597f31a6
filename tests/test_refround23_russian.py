"""Reference round 23's Russian of the years before 1918: a journal named in brackets after the article's title, an
initial of the old alphabet (`Ѳ.`), and the Complete Collection of Laws, a statute book and no reference.

Every note here is made up for the test."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.references import parse_reference


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_a_journal_in_brackets_after_the_title_is_the_articles_journal():
    refs = _references("А. И. Кашинъ. Сельскій сходъ («Русское Богатство», 1903, кн. V, стр. 40—62).")
    assert refs[["authors", "title", "container", "year"]].values.tolist() == \
        [["А. И. Кашинъ", "Сельскій сходъ", "Русское Богатство", "1903"]]


def test_an_initial_of_the_old_alphabet_is_an_initial():
    ref = parse_reference("Ѳ. А. Кашинъ. Сельскій сходъ. — «Русское Богатство», 1903, кн. V, стр. 40—62.")
    assert ref["authors"] == "Ѳ. А. Кашинъ"


def test_the_complete_collection_of_laws_is_no_reference():
    assert _references("Полное собраніе законовъ Россійской имперіи. Собр. 2-е. Т. 36. Спб., 1863, № 36657.").empty
