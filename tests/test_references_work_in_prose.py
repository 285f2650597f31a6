"""A work a note names in a sentence, its imprint in brackets after the title and `in` (with a possessive) before it,
is a reference of its own: the name nearest before `in` its author, the sentence around it commentary."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _references(text: str) -> list[list[str]]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).references[["authors", "title", "place", "year"]].values.tolist()


@pytest.mark.parametrize(("note", "expected"), [
    ("Lambarde's copy is described by Cecil Rowbotham in A Kentish Antiquary and his Library (Maidstone, 1936), "
     "though without shelfmarks.", ["Cecil Rowbotham", "A Kentish Antiquary and his Library", "Maidstone", "1936"]),
    ("Ya lo advertía Fernando Uriarte en su Historia de las rentas reales de Castilla (Madrid, 1872), aunque sin citar "
     "la fuente.", ["Fernando Uriarte", "Historia de las rentas reales de Castilla", "Madrid", "1872"]),
])
def test_a_work_named_in_a_sentence_with_its_imprint_is_a_reference(note, expected):
    assert _references(note) == [expected]


def test_a_town_with_a_bracket_of_place_and_year_is_no_work():
    assert _references("He was born in Paris (France, 1850) and died young in the war.") == []


def test_a_word_for_and_that_is_another_language_s_in_does_not_cut_a_title():
    note = ("O tome: Dimitrije Djordjević, Carinski rat Austro-Ugarske i Srbije 1906–1911 (Beograd, Istorijski "
            "institut, 1962), 211–240.")
    assert all(row[1] != "Srbije 1906–1911" for row in _references(note))
