"""A work cited by three persons or more listed with commas, then its title and its year in brackets, is literature:
the title opens after the longest run of persons, and may hold commas of its own."""

from histkit.citations.references import is_literature, parse_reference
from histkit.citations.yearlast import year_last_book


def test_persons_listed_with_a_serial_comma_before_a_title_and_its_bracketed_year_are_a_book():
    piece = "T. Hitchcock, R. Shoemaker, and J. McLaughlin, The Old Bailey Proceedings Online, 1674–1913 (2012)."
    assert year_last_book(piece)
    assert is_literature(piece)
    ref = parse_reference(piece)
    assert (ref["authors"], ref["title"], ref["year"]) == (
        "T. Hitchcock, R. Shoemaker, and J. McLaughlin", "The Old Bailey Proceedings Online, 1674–1913", "2012")


def test_persons_listed_without_a_serial_comma_are_read_alike():
    assert year_last_book("Anna Berger, Karl Maier und Eva Roth, Die Wiener Polizei (1998)")


def test_an_archive_and_its_fond_before_a_dated_report_are_no_persons():
    assert not year_last_book("TNA, FO 371, Report on the Balkans (1953)")
