"""Greek script: capitals open places and names, the raised dot is the semicolon, `στο:` names the container."""

from histkit.citations import split_citations
from histkit.citations.references import parse_reference


def test_a_greek_book_gives_its_place_publisher_and_year():
    ref = parse_reference("Γ. Παπάς, Οι έμποροι της Σμύρνης, Αθήνα: Κέδρος, 1990, σ. 12.")
    assert (ref["authors"], ref["title"]) == ("Γ. Παπάς", "Οι έμποροι της Σμύρνης")
    assert (ref["place"], ref["publisher"], ref["year"]) == ("Αθήνα", "Κέδρος", "1990")


def test_the_greek_semicolon_separates_two_works():
    note = "Παπάς, ό.π., σ. 14· Ντάλης, Τα λιμάνια, σ. 3."
    assert [s.raw for s in split_citations(note) if s.role == "citation"] == ["Παπάς, ό.π., σ. 14",
                                                                               "Ντάλης, Τα λιμάνια, σ. 3."]


def test_a_chapter_names_its_book_after_sto():
    ref = parse_reference("Γ. Παπάς, «Το λιμάνι», στο: Α. Ντάλης (επιμ.), Η πόλη, Αθήνα: Κέδρος, 1990, σσ. 5-20.")
    assert (ref["title"], ref["year"]) == ("Το λιμάνι", "1990")
    assert (ref["container"], ref["editors"]) == ("Η πόλη", "Α. Ντάλης")
