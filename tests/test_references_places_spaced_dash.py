"""Two places of publication joined by a spaced dash (`Venezia - Roma 1961`) are the place, as `Venezia-Roma` is."""

from histkit import parse_reference


def test_two_places_joined_by_a_spaced_dash_are_the_place_before_the_year():
    ref = parse_reference("D. Sella, Commerci e industrie a Venezia, Venezia - Roma 1961, pp. 78-79")
    assert (ref["title"], ref["place"], ref["year"]) == ("Commerci e industrie a Venezia", "Venezia - Roma", "1961")


def test_a_dash_inside_a_title_is_no_place():
    assert parse_reference("G. Rossi, Le leghe - Studi 1990")["place"] == ""
