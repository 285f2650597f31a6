"""An archive named inside a citation is looked for first, and only a citation that names one is asked whether it is a
publication (`locate._archive_inside`): the answers are those of asking the publication first."""

import random

from histkit.citations import locate
from histkit.citations.archives import default_matcher


def _publication_first(piece, matcher):
    # the search as it was: a publisher's imprint or a printed book's refused before any archive is looked for
    return None if locate.cites_publication(piece) or locate.printed_book(piece) else locate._archive_inside(piece, matcher)


def test_an_archive_after_a_documents_description_is_found():
    found = locate._archive_inside("Bericht vom 14.6.1956, PA AA, B 42", default_matcher().copy())
    assert (found[0].code, found[1], found[2]) == ("PA AA", 23, 28)


def test_an_archive_in_a_citation_with_a_publishers_imprint_is_not_one():
    matcher = default_matcher().copy()
    assert locate._archive_inside("Copy in TNA, FO 371/1 (London: HMSO, 1950), 4", matcher) is None
    assert locate._archive_inside("Bericht vom 14.6.1956, PA AA, B 42 (Zagreb: Naklada, 1990), 4", matcher) is None


def test_an_archives_code_in_a_printed_books_imprint_is_its_publisher():
    matcher = default_matcher().copy()
    assert locate._archive_inside("Dokumenty 1957, red. J. Nowak, Warszawa, PISM, 2012, dok. 145", matcher) is None


def test_the_archive_found_before_the_publication_is_asked_is_the_one_found_after():
    rng = random.Random(11)
    parts = ["Bericht vom 14.6.1956", "PA AA", "B 42", "(Zagreb: Naklada", "1990)", "„Title", "of it“", "Copy in TNA",
             "in TNA", "FO 371/1", "NARA", "RG 59", "box 4", "// РГАНИ. Ф. 5", "red. J. Nowak", "Warszawa", "PISM", "2012",
             "dok. 145", "Transcript in Tyne and Wear Archives", "op. cit.", "(London: HMSO, 1950)", "Paris", "AJ", "507",
             "Imprimerie nationale", "hg. von Hans Müller", "Berlin 1990", "t. II", "p. 4"]
    pieces = [", ".join(rng.choice(parts) for _ in range(rng.randint(1, 7))) for _ in range(2000)]
    matcher = default_matcher().copy()
    found = [locate._archive_inside(p, matcher) for p in pieces]
    assert found == [_publication_first(p, matcher) for p in pieces]
    assert sum(f is not None for f in found) > 100  # (the pieces name archives, and many are publications)
    assert sum(bool(locate.cites_publication(p) or locate.printed_book(p)) for p in pieces) > 100
