"""A town and its state before the year (`…, Government Printing Office, Washington, DC, 1981`) is the place, and the
part before it the publisher when a publisher's word names it (`Printing Office`, `Stationery Office`)."""

from histkit.citations.references import parse_reference


def test_a_town_and_its_state_abbreviated_are_the_place():
    ref = parse_reference("J. Smith, The Federal Employee, Government Printing Office, Washington, DC, 1981.")
    assert (ref["title"], ref["place"], ref["publisher"], ref["year"]) == (
        "The Federal Employee", "Washington, DC", "Government Printing Office", "1981")


def test_a_state_abbreviated_with_a_stop():
    assert parse_reference("J. Smith, Harvard Law, Cambridge, Mass., 1981.")["place"] == "Cambridge, Mass."
