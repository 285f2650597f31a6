"""A bracket of later editions after a book's imprint year, opening with an edition's or a reprint's word and holding
commas and semicolons (`Paris 1908 (4e éd. rev., M. Rivière, Paris 1921; rist. anast., Slatkine, Genève 1981)`), is no
part of the title: the imprint before it is read, the year is the later edition's as for a bracket without commas."""

from histkit.citations.references import parse_reference


def test_the_imprint_before_a_bracket_of_later_editions_is_read():
    ref = parse_reference("G. Sorel, Les illusions du progrès, M. Rivière, Paris 1908 (4e éd. rev. et augmentée, "
                          "M. Rivière, Paris 1921; rist. anast., Slatkine, Genève 1981), p. 51")
    assert (ref["title"], ref["publisher"], ref["place"], ref["pages"]) == (
        "Les illusions du progrès", "M. Rivière", "Paris", "p. 51")


def test_an_imprint_in_brackets_after_a_title_ending_in_a_year_stays_the_imprint():
    ref = parse_reference("A. Smith, The Crisis of 1914 (Paris: Éditions du Seuil, 1990), p. 4")
    assert (ref["title"], ref["publisher"], ref["year"]) == ("The Crisis of 1914", "Éditions du Seuil", "1990")
