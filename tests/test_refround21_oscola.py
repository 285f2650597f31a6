"""Legal scholarship's houses of reference round 21. OSCOLA (British) repeats a work by `ibid` and the page, with no
full stop between, and by the author's surname with the note it was cited in, `(n 1)`, with no full stop after the `n`;
its articles give the year (in square brackets when it is the volume), volume, journal and first page after the quoted
title, its books their edition, publisher or series and year in brackets; German commentaries give a revision's year in
brackets, the Dutch Asser series its part, year and margin number."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference
from histkit.citations.references import is_literature


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


def test_an_oscola_article_gives_its_year_volume_journal_and_first_page_after_the_quoted_title():
    ref = parse_reference("C Ashworth, 'The Copyhold Act 1841 and the Manor Courts' (1990) 106 LQR 123, 130")
    assert (ref["title"], ref["container"], ref["year"], ref["volume"], ref["pages"]) == (
        "The Copyhold Act 1841 and the Manor Courts", "LQR", "1990", "106", "123")


def test_an_oscola_article_whose_year_is_its_volume_gives_it_in_square_brackets():
    ref = parse_reference("E Fairlie, 'Enfranchisement and the Small Copyholder' [1988] CLJ 402, 410.")
    assert (ref["title"], ref["container"], ref["year"]) == ("Enfranchisement and the Small Copyholder", "CLJ", "1988")


def test_an_oscola_chapter_closes_its_quoted_title_before_in_and_its_books_editors():
    ref = parse_reference("H Castell, 'Manorial Custom in Chancery' in B Jonas and S Kirwan (eds), Custom and Property "
                          "in English Law (Hart 2015) 87, 95.")
    assert (ref["title"], ref["container"], ref["editors"]) == ("Manorial Custom in Chancery",
                                                                "Custom and Property in English Law",
                                                                "B Jonas and S Kirwan")


def test_a_books_bracket_closed_by_its_year_ends_the_title_and_is_read_as_literature():
    text = "W Harcourt (ed), Select Cases on Manorial Custom (Selden Society vol 131, 2012) 44."
    ref = parse_reference(text)
    assert is_literature(text) and (ref["title"], ref["year"], ref["pages"]) == ("Select Cases on Manorial Custom",
                                                                                "2012", "44")


def test_a_place_and_a_publisher_in_the_books_bracket_are_its_place_and_publisher():
    ref = parse_reference("Jovan Cvijić, L'annexion de la Bosnie et la question serbe (Paris, Hachette, 1909)")
    assert (ref["place"], ref["publisher"], ref["year"]) == ("Paris", "Hachette", "1909")


def test_a_year_alone_in_brackets_after_an_archives_file_makes_no_book():
    assert not is_literature("Shaanxi Provincial Archives, 9-2-1045, telegram to the provincial government, Minguo 26 "
                             "(1937)")


def test_a_commentary_cited_again_by_its_note_repeats_it_and_its_section_is_no_year():
    refs = _references(["Staudinger/Mahrenholz (2012) § 2034 Rn. 5.", "Andere Ansicht.",
                        "Staudinger/Mahrenholz (Fn. 1) § 2034 Rn. 12."])
    assert refs[["note_no", "authors", "year", "ref_of"]].values.tolist()[-1] == ["3", "Mahrenholz", "2012", "1:1"]
