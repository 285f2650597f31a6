"""A bracket naming an earlier edition after the year (`2005 (wyd. 1 1995)`) does not give the reference its year:
the edition cited is the one before it."""

import pytest

from histkit.citations import parse_reference


@pytest.mark.parametrize("text, year", [
    ("Wanda Kurek, Spółdzielczość w PRL, wyd. 2, Łódź 2005 (wyd. 1 1995), s. 7–9.", "2005"),
    ("MERINO BLASCO, Ramón (ed.): Memorias de un interventor, 3.ª ed., Málaga, Algazara, 2010 (1.ª ed. 1986), p. 14.",
     "2010"),
    ("HARTLEY, David: España y Marruecos, trad. de Ana Oliva, Barcelona, Crítica, 1996 (ed. or. 1993), p. 77.", "1996"),
])
def test_the_year_of_an_earlier_edition_in_brackets_is_not_the_references_year(text, year):
    ref = parse_reference(text)
    assert ref["year"] == year and "ed." not in ref["title"]


def test_a_law_reviews_edition_and_year_in_brackets_is_still_its_year():
    assert parse_reference("JONATHAN F. PELL, THE MIDNIGHT JUDGES 77–79 (2nd ed. 1999).")["year"] == "1999"
