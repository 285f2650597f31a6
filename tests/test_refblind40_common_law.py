"""What surrounds a work in common-law notes (round 40): the South African house's author without a comma, a colon
inside a quoted title after a signal, a white paper cited as a book, parliaments' debates and Commonwealth statutes
among the literature, the Bluebook's `Compare … with …`, the part of a report cited after its bracket."""

import pandas as pd

from histkit.citations import extract_citations
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
