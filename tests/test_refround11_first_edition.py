"""An earlier edition's year printed after the cited edition's — after a semicolon inside the imprint's bracket, or in
a bracket of its own after the year's — is not the reference's year; a later year there (a reprint's) is left alone."""

from histkit.citations import parse_reference


def test_an_earlier_edition_after_a_semicolon_in_the_imprint_is_not_the_year():
    ref = parse_reference("Jón Sveinsson, Saga bæjanna, 3. útg. (Akureyri: Forlag 1999; 1. útg. 1961), bls. 4.")
    assert ref["year"] == "1999"


def test_an_original_in_a_bracket_after_the_year_is_not_the_year():
    ref = parse_reference('אהרן לוי, תולדות הכפר, חיפה תשל"ב (1972) (המקור: Wien 1930), עמ\' 12.')
    assert ref["year"] == "1972"
