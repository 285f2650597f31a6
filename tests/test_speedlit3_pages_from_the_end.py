"""The pages at a piece's end are sought from its last comma back (`tails._pages_end`): the same match as the search
from its start, which tried every comma of the piece (issue 11: the literature rules' speed, no output changed)."""

import random

import pytest

from histkit.citations import tails
from histkit.citations.tails import NOT_IN_PAGES, trailing_pages


def _search(text: str, pos: int):
    """The specification: the plain search from ``pos``."""
    return tails._PAGES_END.search(text, pos)


def _same(a, b) -> bool:
    return (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_the_shipped_word_lists_let_the_pages_be_sought_from_the_end():
    assert tails._NO_COMMA_IN_WORDS


@pytest.mark.parametrize("text", [
    "Marković, Štampa, Beograd, 1970, 12", "Eley, Forging Democracy", "Qasim, Nuzhat, 2:50",
    "Title, n° 125, p. 45", "Name, Book, Paris 1990, 35 and 48 et seq.", "Name, Buch, S. 35 f. und 48 ff.",
    "Ime, Naslov, Zagreb 1990., 145.–150.", "Vārds, Nosaukums, Rīga, 1938, 45. lpp.", "Name, Preface, pp. xxvi–xxvii",
    "書名, 1998, 77頁", "Prose, with commas, and no pages at all", "a, 12, b, 14", "Title, 12, 14, 16–18 ff.",
])
def test_pages_from_the_end_match_the_search_from_the_start(text):
    pos = max(map(text.rfind, NOT_IN_PAGES), default=-1) + 1
    assert _same(tails._pages_end(text, pos), _search(text, pos))


def test_random_pieces_of_page_forms_match_alike():
    rnd = random.Random(3)
    atoms = ["12", "45–60", "1990", "n° 125", "p.", "pp.", "S.", "xii", "IV", "f.", "ff.", "et seq.", "and", "und",
             "Title", "Berlin", "’", "”", "lpp.", "s.", ",", ":", " "]
    for _ in range(3000):
        text = "".join(rnd.choice(atoms) + rnd.choice(["", " ", ", ", ": "]) for _ in range(rnd.randint(1, 8)))
        assert _same(tails._pages_end(text, 0), _search(text, 0)), text


def test_trailing_pages_reads_as_before():
    assert trailing_pages("Marković, Štampa, Beograd, 1970, 12") == (31, "12")
    assert trailing_pages("Istorijski časopis, 12, 1965, 45–60")[1] == "45–60"
