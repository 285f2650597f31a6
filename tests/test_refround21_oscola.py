"""Legal scholarship's houses of reference round 21. OSCOLA (British) repeats a work by `ibid` and the page, with no
full stop between, and by the author's surname with the note it was cited in, `(n 1)`, with no full stop after the `n`;
German commentaries give a revision's year in brackets, the Dutch Asser series its part, year and margin number."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference


def _references(notes):
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(notes) + 1)],
                                           "text": notes})).references


def test_ibid_and_a_page_with_no_full_stop_repeats_the_last_work():
    refs = _references(["R Thornbury, An Introduction to the Law of Copyhold (5th edn, OUP 2019) 123.", "ibid 215."])
    assert refs[["note_no", "title", "ref_of"]].values.tolist()[-1] == ["2", "An Introduction to the Law of Copyhold",
                                                                        "1:1"]


def test_a_surname_and_the_note_written_n_without_a_stop_repeats_the_work_of_that_note():
    refs = _references(["R Thornbury, An Introduction to the Law of Copyhold (5th edn, OUP 2019) 123.",
                        "J Welbourne, Landlords and the Law, 1815–1914 (CUP 1998) 56–58.", "Thornbury (n 1) 130."])
    assert refs[["note_no", "ref_of"]].values.tolist()[-1] == ["3", "1:1"]


def test_a_commentary_cited_by_its_revisions_year_in_brackets_is_its_authors_work_of_that_year():
    ref = parse_reference("Staudinger/Mahrenholz (2012) § 2034 Rn. 5.")
    assert (ref["authors"], ref["year"], ref["pages"]) == ("Mahrenholz", "2012", "§ 2034 Rn. 5")


def test_a_part_of_the_asser_series_is_its_authors_work_of_its_year_at_its_margin_number():
    ref = parse_reference("Asser/Verhagen & Molenkamp 7-I 2014/123.")
    assert (ref["authors"], ref["year"], ref["pages"]) == ("Verhagen & Molenkamp", "2014", "123")
