"""What names an archive's code and is no archival citation: a court's capitals before its case's number (`CJEU,
C-476/17, Pelham, …`), a short title cited before (`…, MOL, cit., par. 40`), a book by persons whose publisher bears
an archive's code (`…, IISG, Roma, 2020`)."""

from histkit import Document, build_tables


def _kinds(note):
    tables = build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])
    return tables["citations"][["kind", "archive"]].values.tolist()


def test_a_court_by_capitals_no_authority_names_before_its_case_number_is_a_case():
    assert _kinds("CJEU, C-476/17, Pelham, 29 July 2019, para 39.") == [["case", ""]]


def test_a_code_followed_by_the_mark_of_a_title_cited_before_is_no_archive():
    assert all(kind != "archival" for kind, _ in _kinds("Court of Justice, Fifth Chamber, MOL, cit., par. 40."))


def test_a_book_by_persons_with_an_archive_code_for_its_publisher_is_literature():
    assert _kinds("F. Rossi, S. Costagli, Spazi e figure del politico, IISG, Roma, 2020.") == [["literature", ""]]


def test_an_archive_code_after_a_document_stays_archival():
    assert _kinds("Bericht vom 14.6.1956, PA AA, B 42, Bd. 12") == [["archival", "PA AA"]]
