"""A chapter in a book cited before, with its pages and no year (`Name, Title, in: Book, 101–118`; in the full-stop
styles `Name. Title. Krj.: Book, 101.–118. lpp.`), is a reference; a chapter in a book cited by a note's number
(`in Book, supra note 11`) is left to the readers of those."""

from histkit.citations.references import looks_like_literature


def test_a_chapter_with_its_pages_and_no_year_is_literature():
    assert looks_like_literature("Mart Kask, Küla koolid, in: Eesti külad, 101–118.")


def test_a_full_stop_style_chapter_with_its_pages_and_no_year_is_literature():
    assert looks_like_literature("K. Ozols. Dzirnavas. Krj.: Kurzemes lauki, 101.–118. lpp.")


def test_a_chapter_in_a_book_cited_by_its_note_is_not_read_so():
    assert not looks_like_literature("A. Vance, Repeal, in Essays on Courts, supra note 11, at 141")
