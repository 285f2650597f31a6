"""French typography's space before a colon (`in : Mélanges`) leaves the word for "in" out of the container."""

from histkit.citations.references import parse_reference


def test_in_with_a_space_before_its_colon_opens_the_container():
    ref = parse_reference('Y. Aufray and J. Guiral, "Les péages du Royaume de Valence (1494)", in : Mélanges de la Casa '
                          'de Velázquez, XII, 1976.')
    assert (ref["container"], ref["year"]) == ("Mélanges de la Casa de Velázquez", "1976")


def test_in_with_a_colon_and_no_space_reads_as_before():
    ref = parse_reference('Y. Aufray, "Les péages", in: Mélanges de la Casa de Velázquez, XII, 1976.')
    assert ref["container"] == "Mélanges de la Casa de Velázquez"
