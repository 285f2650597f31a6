"""A work without an author cited short — its title, a full stop, a volume by its listed word and the cited pages
(`Eesti maarahva ajalugu. Kd 2, lk 240`, `Title. Sēj. 2, 240. lpp.`) — is literature: title, volume and pages."""

from histkit.citations import parse_reference
from histkit.citations.references import looks_like_literature


def test_a_title_its_volume_and_pages_read_as_literature():
    assert looks_like_literature("Latvijas lauku vēsture. Sēj. 3, 112. lpp.")


def test_the_title_volume_and_pages_are_read():
    ref = parse_reference("Eesti talude ajalugu. Kd 2, lk 77.")
    assert (ref["authors"], ref["title"], ref["volume"], ref["pages"]) == ("", "Eesti talude ajalugu", "2", "lk 77")


def test_a_sentence_and_a_number_without_a_volume_word_is_not_such_a_reference():
    assert not looks_like_literature("Vallad maksid vähe. Aastal 2, lk 77.")
