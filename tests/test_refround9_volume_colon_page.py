"""Chicago's volume and colon before the page (`Qasim, Nuzhat, 2:50`) end a short reference as a page alone does: the
author and short title stay whole and the page is the one after the colon."""

from histkit.citations import parse_reference, split_citations


def test_a_short_reference_with_volume_and_page_keeps_its_author_and_title():
    ref = parse_reference("Qasim, Tārīkh, 3:12.")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("Qasim", "Tārīkh", "12")


def test_a_note_of_a_short_reference_with_volume_and_page_is_a_citation():
    assert [s.role for s in split_citations("Qasim, Tārīkh, 3:12.")] == ["citation"]
