"""Words with no shape, in the lists of ``histkit/data/citations``: Icelandic `Sama heimild`, Belarusian `Тамсама` and
Hebrew `שם` (ibid.), the Hebrew note reference `(לעיל, הערה N)`, and `Parl. Papers` (a parliament's record, no
reference)."""

import pandas as pd

from histkit.citations import extract_citations


def _tables(*texts: str):
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    return extract_citations(notes)


def test_sama_heimild_repeats_the_work_before():
    refs = _tables("Jón Sveinsson, Saga bæjanna (Reykjavík: Sögufélag, 1971), bls. 3.", "Sama heimild, bls. 9.").references
    assert refs.ref_of.tolist()[1:] == ["1:1"]


def test_a_hebrew_ibid_repeats_the_work_before():
    refs = _tables('אהרן לוי, תולדות הכפר, חיפה תשל"ב (1972), עמ\' 12.', "שם, עמ' 14.").references
    assert refs.ref_of.tolist()[1:] == ["1:1"]


def test_a_hebrew_note_reference_repeats_the_work_of_that_note():
    refs = _tables('אהרן לוי, תולדות הכפר, חיפה תשל"ב (1972), עמ\' 12.', "לוי (לעיל, הערה 1), עמ' 20.").references
    assert refs.ref_of.tolist()[1:] == ["1:1"]


def test_parliamentary_papers_are_a_parliament_record():
    found = _tables("Parl. Papers, 1850 (12), xx, Report of the Committee on Roads, p. 4.")
    assert found.citations.kind.tolist() == ["parliament"] and found.references.empty


def test_a_welsh_short_form_with_its_page_mark_repeats_the_book():
    refs = _tables("Huw Roberts, Hanes y pentref (Bangor: Gwasg Gwynedd, 1970), tt. 3–9.",
                   "Roberts, Hanes y pentref, tt. 40–42.").references
    assert refs.ref_of.tolist()[1:] == ["1:1"]


def test_eadem_in_small_letters_gives_the_author_before():
    refs = _tables("K. Lowe, 'Carting', Rural History, 4 (1993), pp. 5–9; eadem, 'Tolls', Northern Studies, 7 (1995), pp. 3–8.").references
    assert refs.authors.tolist() == ["K. Lowe", "K. Lowe"]


def test_the_cited_pages_after_at_leave_the_year_of_the_article():
    refs = _tables("K. Lowe, 'Tolls', Northern Studies, 7 (1995), pp. 3–18, at pp. 10–12.").references
    assert refs.year.tolist() == ["1995"]
