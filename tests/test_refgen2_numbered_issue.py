"""A periodical's issue cited by its number, not its day: a quoted name, the year, the issue's number and pages, and
nothing else, is a printed source (kind ``press``), no reference."""

import pandas as pd

from histkit.citations import extract_citations


def _tables(note: str):
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [note]}))


def test_a_quoted_paper_a_year_and_an_issue_number_are_a_press_source_and_no_reference():
    # (`qr`: a made-up language's "no.")
    tables = _tables("„Qorvat Kujawski” 1902, qr 45, s. 2.")
    assert tables.citations.kind.tolist() == ["press"]
    assert tables.references.empty


def test_an_article_before_the_quoted_journal_stays_a_reference():
    tables = _tables("Ewa Brzeg, Kasy i lichwa, „Qorvat Historyczny” 1995, qr 3, s. 12–30.")
    assert tables.references.title.tolist() == ["Kasy i lichwa"]
