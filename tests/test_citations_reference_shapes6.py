"""Shapes of references read in the held-out articles' notes (stop 59): each a rule of a citation house, on invented notes."""

from histkit import Document, build_tables


def tables(note: str):
    return build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])


def test_a_corporate_authors_bracketed_abbreviation_before_a_titled_report_is_no_archive():
    # OSCOLA's report by a body: its name and abbreviation, then a title with a year, not an archive's call number
    note = ("Arctic Climate Policy Network for the New Century (ACPN), Arctic Futures 2019: Annual Status Report "
            "(ACPN, 2019) 45.")
    assert "archival" not in set(tables(note)["citations"].kind)
