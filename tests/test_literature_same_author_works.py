"""A note listing the literature names two works of one author whose titles open alike (`Prawo chełmińskie a
magdeburskie` and `Prawo chełmińskie w Koronie`): both are references, not one printed twice."""

import pandas as pd

from histkit.literature.merge import printed_twice


def _refs(rows):
    return pd.DataFrame([dict(doc_id="d", note_no="1", ref_of="", **row) for row in rows])


def test_two_works_of_one_author_with_titles_opening_alike_are_both_kept():
    refs = _refs([{"authors": "Jan Mazurkiewicz-Róg", "title": "Prawo chełmińskie a magdeburskie", "year": "",
                   "raw": "Jan Mazurkiewicz-Róg, Prawo chełmińskie a magdeburskie, s. 101–130"},
                  {"authors": "Mazurkiewicz-Róg", "title": "Prawo chełmińskie w Koronie", "year": "2018",
                   "raw": "Mazurkiewicz-Róg, Prawo chełmińskie w Koronie, Toruń 2018."}])
    assert printed_twice(refs).tolist() == [False, False]


def test_one_work_printed_twice_by_one_author_is_still_kept_once():
    refs = _refs([{"authors": "R. Jhering", "title": "Unsere Aufgabe", "year": "1857", "raw": "R. Jhering, Unsere Aufgabe"},
                  {"authors": "Jhering", "title": "Unsere Aufgabe.", "year": "1857", "raw": "Jhering, Unsere Aufgabe."}])
    assert printed_twice(refs).tolist() == [False, True]
