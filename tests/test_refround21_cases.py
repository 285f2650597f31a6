"""Legal materials of reference round 21 make no literature reference: a court decision between parties (`X v. Y`)
whatever its reporter, a state's abbreviated by its shape (`70 Ga. 129`); a code's article (`C. civ., art. 767`); a
parliament's papers (`Kamerstukken II 2001/02`). A Bluebook book with no author is read with its editors."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference
from histkit.citations.legal import legal_kind


def test_a_decision_between_parties_in_a_states_reporter_is_a_case():
    assert legal_kind("Jeter v. Mayo, 70 Ga. 129, 131 (1883)") == "case"


def test_an_articles_title_that_names_a_case_is_no_case():
    assert legal_kind("Jane Roe, Brown v. Board of Education: A Retrospective, 12 HARV. L. REV. 345 (1999)") == ""


def test_two_decisions_in_one_note_are_two_cases_and_no_reference():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Brown v. Hightower, 61 Ga. 318 (1878); see also Jeter v. Mayo, 70 Ga. 129, 131 (1883)."]})
    tables = extract_citations(notes)
    assert tables.citations.kind.tolist() == ["case", "case"] and tables.references.empty


def test_a_codes_abbreviation_before_the_article_cited_is_legislation():
    assert legal_kind("C. civ., art. 767, dans sa rédaction issue de la loi du 3 décembre 2001.") == "legislation"


def test_dutch_parliamentary_papers_make_no_reference():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": ["Kamerstukken II 2001/02, 28 000, nr. 3, p. 14."]})
    assert extract_citations(notes).references.empty


def test_a_bluebook_book_with_no_author_gives_its_editors_as_editors_not_authors():
    ref = parse_reference("THE PAPERS OF JOSEPH E. BROWN 88 (Sarah K. Liddell ed., 1988).")
    assert (ref["authors"], ref["title"], ref["editors"], ref["year"]) == ("", "THE PAPERS OF JOSEPH E. BROWN",
                                                                           "Sarah K. Liddell", "1988")
