"""A second document of the same holding named by words and its own date after a joiner (`…, 3 June 1948, and
Correspondence, n.d.`), as generality round 3 wrote them; on invented notes."""

from conftest import cite


def rows_of(text):
    rows = cite(text).citations
    return [(r.kind, r.archive, r.date_start) for r in rows.itertuples()]


def test_a_described_document_after_and_is_archival_with_its_own_date():
    rows = rows_of("TNA, PREM 11/1234, minute by Eden, 3 May 1955, and memorandum by Lloyd, 7 June 1955.")
    assert rows == [("archival", "TNA", "1955-05-03"), ("archival", "TNA", "1955-06-07")]


def test_a_described_document_the_note_says_is_undated_has_no_date():
    rows = rows_of("TNA, PREM 11/1234, minute by Eden, 3 May 1955, and draft reply, n.d.")
    assert rows == [("archival", "TNA", "1955-05-03"), ("archival", "TNA", "")]


def test_words_after_and_that_are_no_dated_document_stay_in_the_citation():
    rows = rows_of("TNA, PREM 11/1234, minute by Eden, 3 May 1955, and the reply to it.")
    assert rows == [("archival", "TNA", "1955-05-03")]
