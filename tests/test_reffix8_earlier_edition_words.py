"""A bracket naming an earlier edition may say its language or place before its year, and be square
(`1985 [1re éd. allemande 1979]`, `1966 (ed. or. New York 1941)`): the rule parser drops it, the model's reading
keeps the year of the edition cited."""

from histkit.citations.tails import without_first_edition
from histkit.literature.read import cited_edition


def test_the_rule_parser_drops_an_earlier_edition_with_its_language_or_place():
    assert without_first_edition("Bruxelles, Complexe, 1985 [1re éd. allemande 1979], p. 93") == \
        "Bruxelles, Complexe, 1985, p. 93"
    assert without_first_edition("Roma, Laterza, 1966 (ed. or. New York 1941)") == "Roma, Laterza, 1966"


def test_the_edition_cited_is_the_year_before_such_a_bracket():
    assert cited_edition("Roma, Laterza, 1966 (ed. or. New York 1941), p. 4", "1941") == "1966"
