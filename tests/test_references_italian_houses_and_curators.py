"""Italian books: a house of `publishers.csv` before a town of two words (`Rubbettino, Soveria Mannelli 1997`), and a
curator's clause after the title (`introduzione e cura di X`) that is no part of the title or the imprint."""

from histkit.citations.references import parse_reference


def test_listed_house_before_a_two_word_town_is_the_publisher():
    ref = parse_reference("E. von Kahler, La crisi della scienza, Rubbettino, Soveria Mannelli 1997, pp. 37-51")
    assert (ref["publisher"], ref["place"], ref["year"]) == ("Rubbettino", "Soveria Mannelli", "1997")


def test_introduction_and_curator_clause_ends_the_title():
    ref = parse_reference("E. von Kahler, La crisi della scienza, introduzione e cura di E. Massimilla, Rubbettino, "
                          "Soveria Mannelli 1997")
    assert (ref["title"], ref["publisher"]) == ("La crisi della scienza", "Rubbettino")
