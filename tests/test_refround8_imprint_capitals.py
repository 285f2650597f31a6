"""An unbracketed `Place: Publisher, Year` whose place opens with any capital the readers know (`İstanbul`, `Łódź`)."""

from histkit.citations.references import parse_reference


def test_a_place_opening_with_a_dotted_capital_i_is_the_imprints():
    ref = parse_reference("Ali Kaya, Köy ve Kent, 1900-1950, İstanbul: Dost Kitabevi, 1999, s. 5.")
    assert (ref["authors"], ref["title"]) == ("Ali Kaya", "Köy ve Kent, 1900-1950")
    assert (ref["place"], ref["publisher"], ref["year"]) == ("İstanbul", "Dost Kitabevi", "1999")
