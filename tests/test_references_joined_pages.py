"""Pages joined by a word for "and" (`35 and 48 et seq.`, `S. 35 und 48 ff.`, `p. 35 et 48`) are the reference's
pages, not part of its title."""

import pytest

from histkit.citations import parse_reference


@pytest.mark.parametrize(("text", "title", "year", "pages"), [
    ("John Smith, The History of Law, London 1990, 35 and 48 et seq.", "The History of Law", "1990", "35 and 48 et seq."),
    ("Hans Müller, Geschichte der Stadt, München 1990, S. 35 f. und 48 ff.", "Geschichte der Stadt", "1990",
     "S. 35 f. und 48 ff."),
    ("Jean Dupont, Histoire de Lyon, Paris, Hachette, 1932, p. 35 et 48.", "Histoire de Lyon", "1932", "p. 35 et 48"),
])
def test_pages_joined_by_and_are_the_pages(text, title, year, pages):
    ref = parse_reference(text)
    assert (ref["title"], ref["year"], ref["pages"]) == (title, year, pages)
