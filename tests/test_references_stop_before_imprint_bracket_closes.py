"""A stray full stop after the year before an imprint's bracket closes (`(New York: Praeger, 1960.)`) keeps the imprint."""

from histkit.citations.references import parse_reference


def test_full_stop_before_the_closing_bracket_keeps_place_publisher_and_year():
    ref = parse_reference("Elie Kedourie, Nationalism (New York: F.A. Praeger, 1960.), 12–13.")
    assert (ref["title"], ref["place"], ref["publisher"], ref["year"]) == ("Nationalism", "New York", "F.A. Praeger", "1960")
