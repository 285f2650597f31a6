"""A reference the model reads with the year of an earlier edition printed in a bracket (`Łódź 2005 (wyd. 1 1995)`)
has the year of the edition cited, as the rule parser gives it."""

from histkit.literature import references_of
from histkit.literature.tokens import tokenize


def _read(text: str, year: str) -> dict:
    tokens = tokenize(text)
    labels = ["B-author"] + ["year" if t.text == year else "title" for t in tokens[1:]]
    return references_of(text, labels)[0]


def test_the_year_of_an_earlier_edition_in_a_bracket_gives_way_to_the_edition_cited():
    assert _read("Kurek, Spółdzielczość w PRL, wyd. 2, Łódź 2005 (wyd. 1 1995), s. 7", "1995")["year"] == "2005"


def test_a_year_in_a_bracket_without_words_stays():
    assert _read("Kos, Zgodovina, Ljubljana 2005 (1995), s. 7", "1995")["year"] == "1995"
