"""A thesis's imprint as the houses print it: the words saying which degree (`tesi di laurea`, `magistarski rad`,
`diplomová práce`), its town after its faculty (`…, Zagreb, 2005.`, `…, Praha 2010`) and the academic year it was
defended in (`a.a. 1985-1986`): the faculty is the publisher, the town the place, the year the first of the run."""

import pytest

from histkit.citations import parse_reference


@pytest.mark.parametrize("text, title, publisher, place, year", [
    ("e, per la prassi, L. Fabbris, La legge Baccarini, tesi di laurea, Università di Ferrara, a.a. 1985-1986, p. 12.",
     "La legge Baccarini", "Università di Ferrara", "", "1985"),
    ("Marko Jelenić, Zemljišne knjige, magistarski rad, Pravni fakultet u Zagrebu, 1989., str. 12.",
     "Zemljišne knjige", "Pravni fakultet u Zagrebu", "", "1989"),
    ("Ivana Horvat, Agrarna reforma, doktorska disertacija, Filozofski fakultet Sveučilišta u Zagrebu, Zagreb, 2005., "
     "str. 45-67", "Agrarna reforma", "Filozofski fakultet Sveučilišta u Zagrebu", "Zagreb", "2005"),
    ("Tomáš Holeček, Dělnická pojišťovna, diplomová práce, Právnická fakulta Masarykovy univerzity, Brno 1996, s. 12.",
     "Dělnická pojišťovna", "Právnická fakulta Masarykovy univerzity", "Brno", "1996"),
])
def test_a_thesis_is_read_to_its_faculty_town_and_year(text, title, publisher, place, year):
    ref = parse_reference(text)
    assert (ref["title"], ref["publisher"], ref["place"], ref["year"]) == (title, publisher, place, year)
