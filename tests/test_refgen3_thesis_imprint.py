"""A thesis in a comma style, its place and year after a full stop (`Name, Title. Qitöskirja, Kelmon yliopisto.
Kelmo 2004, 112`): the place and year are the imprint, the reference literature with its year."""

from histkit.citations import parse_reference
from histkit.citations.references import is_literature


NOTE = "Ardo Velmik, Tarvanik ölu kelmossa 1883–1917. Qitöskirja, Kelmon yliopisto. Kelmo 2004, 112."


def test_a_place_and_year_after_a_thesis_university_full_stop_are_the_imprint():
    # (`Qitöskirja`: a made-up language's "doctoral thesis")
    ref = parse_reference(NOTE)
    assert (ref["authors"], ref["place"], ref["year"], ref["pages"]) == ("Ardo Velmik", "Kelmo", "2004", "112")


def test_such_a_thesis_reads_as_literature():
    assert is_literature(NOTE)
