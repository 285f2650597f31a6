"""A journal named after the title's full stop or a comma, then its year and the issue by its word (`Ajakiri, 1996,
Nr. 3`, `Journal, 2005, Vol. 36, No. 2`): the journal is the container, with its year, volume and issue."""

from histkit.citations import parse_reference
from histkit.citations.references import looks_like_literature

NOTE = "K. Ozols. Dzirnavu kooperācija Kurzemē. Vēstures Vēstis, 1999, Nr. 2, 40.–52. lpp."


def test_the_journal_after_the_titles_full_stop_is_the_container():
    ref = parse_reference(NOTE)
    assert (ref["title"], ref["container"], ref["year"], ref["issue"]) == (
        "Dzirnavu kooperācija Kurzemē", "Vēstures Vēstis", "1999", "2")


def test_a_volume_before_the_issue_is_read_too():
    ref = parse_reference("P. Berg, Mills and Markets. Baltic Review, 2001, Vol. 12, No. 3, pp. 5–20.")
    assert (ref["container"], ref["volume"], ref["issue"], ref["year"]) == ("Baltic Review", "12", "3", "2001")


def test_such_a_reference_reads_as_literature():
    assert looks_like_literature(NOTE)
