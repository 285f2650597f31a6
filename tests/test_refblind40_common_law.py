"""What surrounds a work in common-law notes (round 40): the South African house's author without a comma, a colon
inside a quoted title after a signal, a white paper cited as a book, parliaments' debates and Commonwealth statutes
among the literature, the Bluebook's `Compare … with …`, the part of a report cited after its bracket."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.ibidtails import section_tail
from histkit.citations.official import official_kind
from histkit.citations.oscola import book_bracket
from histkit.citations.printed import not_literature
from histkit.citations.references import parse_reference


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    return extract_citations(notes).references


def test_a_quoted_title_in_straight_quotes_right_after_the_authors_name_is_read():
    ref = parse_reference("P J van der Merwe-Botha 'Estoppel: an old defence' (1988) 105 SALJ 412 at 420")
    assert (ref["authors"], ref["title"], ref["container"], ref["year"]) == (
        "P J van der Merwe-Botha", "Estoppel: an old defence", "SALJ", "1988")


def test_a_colon_inside_a_quoted_title_after_a_signal_is_no_lead_in():
    rows = _references("See K Naidoo 'Servitudes: a history' (1999) 116 SALJ 12 at 15.")
    assert rows[["authors", "title"]].values.tolist() == [["K Naidoo", "Servitudes: a history"]]


def test_a_book_by_initials_and_surname_without_a_comma_is_that_authors():
    ref = parse_reference("D T Mahlangu The Law of Servitudes 2 ed (1994) 33")
    assert (ref["authors"], ref["title"], ref["year"]) == ("D T Mahlangu", "The Law of Servitudes", "1994")


def test_a_department_paper_with_its_command_number_in_the_bracket_is_literature():
    assert official_kind("Home Office, Policing the Streets (Cm 4410, 1999) ch 3") == ""
    assert official_kind("Cmnd 1234 (1960)") == "official"


def test_the_part_cited_after_a_books_bracket_may_be_a_section_or_paragraphs():
    assert book_bracket("Law Commission, Partnership Law (Law Com No 283, 2003) paras 4.1–4.3")
    assert book_bracket("A Becker, Handboek der Regten (Juta 1861) § 44")


def test_debates_named_first_are_a_parliaments_record():
    assert not_literature("Commonwealth, Parliamentary Debates, Senate, 3 May 1977, 1203 (Jean Marsh)") == "parliament"
    assert not_literature("House of Commons Debates, 30-2, vol 4 (2 March 1977) at 3410 (Hon Paul Roy)") == "parliament"
    assert not_literature("Dáil Deb 4 June 1959, vol 175, col 880") == "parliament"


def test_a_commonwealth_statute_cited_by_section_without_a_stop_is_legislation():
    assert not_literature("Juries Act, RSO 1990, c J.3, s 4.") == "legislation"


def test_compare_with_parts_the_two_works():
    rows = _references("Compare Ellen Ruiz, Title One, 9 YALE L.J. 1, 5 (1990), with Tom Abel, Title Two, 8 "
                       "HARV. L. REV. 7, 9 (1991).")
    assert rows.title.tolist() == ["Title One", "Title Two"]


def test_a_bodys_report_with_its_series_number_after_the_title_is_that_bodys():
    ref = parse_reference("Law Reform Commission of Tasmania, Water Rights, Report No 7 (1982) 40 [2.3]")
    assert (ref["authors"], ref["title"], ref["year"]) == ("Law Reform Commission of Tasmania", "Water Rights", "1982")


def test_a_bodys_report_in_a_books_bracket_is_literature():
    rows = _references("Council for Legal Aid, Costs and Courts (CLA 1993) 12.")
    assert rows[["authors", "title", "year"]].values.tolist() == [["Council for Legal Aid", "Costs and Courts", "1993"]]


def test_op_cit_without_stops_and_the_note_repeats_the_authors_work():
    rows = _references("P Ndlovu 'Leases and liens' (1997) 114 SALJ 20 at 25.", "Ndlovu op cit note 1 at 27.")
    assert rows[["authors", "year", "ref_of"]].values.tolist()[1] == ["Ndlovu", "1997", "1:1"]


def test_ibid_with_a_reports_numbered_paragraph_repeats_the_report():
    assert section_tail(row := {"pages": ""}, "para 4.9", {"kind": "literature"}) and row["pages"] == "para 4.9"


def test_the_government_named_before_its_department_is_part_of_the_author():
    ref = parse_reference("Ontario, Ministry of the Attorney General, Jury Reform (Toronto: Queen's Printer, 1980) 4")
    assert (ref["authors"], ref["title"]) == ("Ontario, Ministry of the Attorney General", "Jury Reform")


def test_an_apostrophe_inside_a_quoted_title_after_the_name_keeps_the_title_whole():
    ref = parse_reference("K Naidoo 'The tenant's remedy' (1999) 116 SALJ 12 at 15")
    assert (ref["authors"], ref["title"], ref["year"]) == ("K Naidoo", "The tenant's remedy", "1999")


def test_a_working_papers_series_may_follow_its_quoted_title_without_a_comma():
    ref = parse_reference("T Dube 'Risk and remedy' Wits Law Working Paper No 2/2019 (2019) at 4")
    assert (ref["authors"], ref["year"]) == ("T Dube", "2019")


def test_a_bodys_initials_repeat_its_report():
    rows = _references("Law Reform Commission of Tasmania, Water Rights, Report No 7 (1982) 40; Ann Bell, 'Wells' "
                       "(1990) 12 UTasLR 3, 5.", "LRCT, above n 1, 44.")
    assert rows[["authors", "ref_of"]].values.tolist()[-1] == ["LRCT", "1:1"]


def test_a_year_in_an_explanatory_parenthetical_does_not_end_a_short_form():
    rows = _references("Ann Bell, Wells and Water, 12 YALE L.J. 3, 5 (1990).",
                       "Bell, supra note 1, at 7 (tracing the rule to 1840).")
    assert rows[["authors", "ref_of"]].values.tolist()[-1] == ["Bell", "1:1"]


def test_ibid_with_a_page_and_a_bracketed_paragraph_repeats_the_work():
    assert section_tail(row := {"pages": ""}, "77 [5.6]", {"kind": "literature"}) and row["pages"] == "77 [5.6]"


def test_a_work_quoted_in_a_parenthetical_is_a_reference_of_its_own():
    rows = _references("Ann Bell, Wells and Water, 12 YALE L.J. 3, 5 (1990).",
                       "Bell, supra note 1, at 7 (quoting JOHN ROE, A TREATISE ON WATERS 44 (Boston, Little, Brown & Co. "
                       "1850)).")
    assert rows[["note_no", "authors", "year"]].values.tolist()[1:] == [["2", "Bell", "1990"], ["2", "JOHN ROE", "1850"]]


def test_a_bare_year_before_a_journal_without_volumes_is_its_year():
    ref = parse_reference("K Naidoo 'Servitudes revisited' 2001 Acta Juridica 40 at 44.")
    assert (ref["authors"], ref["title"], ref["container"], ref["year"]) == (
        "K Naidoo", "Servitudes revisited", "Acta Juridica", "2001")
