"""A title ends where a translator's or editor's clause begins (`…, trad. de X`, `…, übers. von X`): the words of
kind ``role_after`` in ``histkit/data/citations/reference_words.csv``; the clause is neither title nor container."""

from histkit.citations import parse_reference


def test_a_translators_clause_ends_the_title():
    ref = parse_reference("Marta Ruiz, Los molinos del Duero, trad. de Pedro Gil, Madrid, Alianza, 1990, p. 12.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("Marta Ruiz", "Los molinos del Duero", "1990")


def test_a_german_translators_clause_ends_the_title():
    ref = parse_reference("Piotr Nowak, Die Mühlen an der Warthe, übers. von Eva Kunz, Leipzig 1980, S. 7.")
    assert (ref["title"], ref["place"], ref["year"]) == ("Die Mühlen an der Warthe", "Leipzig", "1980")


def test_an_editors_clause_stays_out_of_the_container():
    ref = parse_reference("L. Berti, I mulini del Po, in Acque e terre, a cura di G. Neri, Padova, Cleup, 1985, pp. 3-20.")
    assert (ref["title"], ref["container"]) == ("I mulini del Po", "Acque e terre")
