"""The cited pages after a word for "especially" (`besonders 295 ff.`, `especially 12`, `notamment p. 4`) end a
reference like its pages, so the note's next sentence is cut from it."""

import pytest

from histkit.citations.references import looks_like_literature
from histkit.citations.splitter import split_citations


@pytest.mark.parametrize("piece", [
    "Karl Weber, Die Zünfte der Stadt (2005), besonders 295 ff.",
    "Karl Weber, The Guilds of the City (2005), especially 295 f.",
    "Karl Weber, Les corporations de la ville, Paris 2005, notamment p. 295",
])
def test_pages_after_a_word_for_especially_end_a_reference(piece):
    assert looks_like_literature(piece)


def test_the_sentence_after_such_pages_is_cut_from_the_reference():
    note = "Karl Weber, Die Zünfte der Stadt (2005), besonders 295 ff. On the guilds of the port see the minutes."
    assert [s.raw.strip() for s in split_citations(note)][0] == "Karl Weber, Die Zünfte der Stadt (2005), besonders 295 ff."
