"""An archive named with no word for archive is told by a box, bundle or file and its number after it, as by a call
number (`Montserrat National Trust, Plymouth, Estate Papers, Waterwork estate, bundle 4, no. 12, 2 November 1838`,
round 20); a book's volume is no such word."""

from histkit.citations.namedholding import named_by_holding


def test_a_trust_named_before_its_fond_collection_and_bundle_is_the_archive():
    found = named_by_holding("Montserrat National Trust, Plymouth, Estate Papers, Waterwork estate, bundle 4, no. 12, "
                             "2 November 1838.")
    assert found is not None and found[0].name == "Montserrat National Trust"


def test_a_journal_and_its_volume_name_no_archive():
    assert named_by_holding("Past and Present, vol. 45, 3 May 1970") is None


def test_a_bundle_with_no_dated_document_after_it_names_no_archive():
    assert named_by_holding("Montserrat National Trust, Estate Papers, bundle 4.") is None
