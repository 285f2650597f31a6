"""OSCOLA and the AGLC print the publisher and no town before the year (`(Oxford University Press 1991) 43`, `(4th
edn, Hart 2015)`): the one name in the bracket is the publisher when `publisher_named` names it, else the town."""

from histkit.citations.references import parse_reference


def _imprint(raw):
    ref = parse_reference(raw)
    return ref["place"], ref["publisher"], ref["year"], ref["pages"]


def test_a_university_press_alone_in_the_bracket_is_the_publisher():
    assert _imprint("R. Cross, Precedent in English Law (Oxford University Press 1991) 43.") == (
        "", "Oxford University Press", "1991", "43")


def test_a_house_known_by_its_name_alone_is_the_publisher():
    assert _imprint("R. Cross, Precedent in English Law (4th edn, Hart 2015) 43.")[:2] == ("", "Hart")


def test_a_town_alone_in_the_bracket_stays_the_place():
    assert _imprint("J. Smith, The Law of Torts (London 2001).")[:2] == ("London", "")
