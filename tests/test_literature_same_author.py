"""A reference opening with a word for "the same author" (`Id.`, `Táž`, `ders.`, `Исти`) is by the author named before."""

import pandas as pd
import pytest

from histkit.citations import extract_citations
from histkit.literature.repeats import same_authors


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


@pytest.mark.parametrize("word", ["Id.", "Idem", "Ead.", "Eadem", "Ders.", "Dies.", "Isti", "Ista", "Týž", "Táž",
                                  "Tenże", "Taż"])
def test_same_author_word_takes_the_authors_of_the_reference_before(word):
    later = f"{word}, Les camps de concentration de la Grande Guerre, Paris, Payot, 1979, p. 12."
    refs = _references("Paul Verhaeghe, L'internement des civils ennemis, Lille, Giard, 1975, p. 3.", later)
    assert (refs.authors.iloc[-1], refs.raw.iloc[-1]) == ("Paul Verhaeghe", later)


@pytest.mark.parametrize("word", ["Исти", "Иста"])
def test_serbian_cyrillic_same_author_word_takes_the_authors_before(word):
    refs = _references("Зорица Пајкић, Аграрна криза, Београд: Просвета, 1995, 12.",
                       f"{word}, Сељак и кредит, Београд: Просвета, 2003, 40.")
    assert refs.authors.tolist() == ["Зорица Пајкић", "Зорица Пајкић"]


def test_idem_with_a_title_is_a_new_work_not_an_ibid():
    refs = _references("Paul Verhaeghe, L'internement des civils ennemis, Lille, Giard, 1975, p. 3.",
                       "Idem, Les camps de concentration, Paris, Payot, 1979.")
    assert (refs.title.iloc[-1], refs.year.iloc[-1], refs.ref_of.iloc[-1]) == ("Les camps de concentration", "1979", "")


def test_same_author_word_in_the_same_note_takes_the_authors_just_before():
    refs = _references("Karel Bednář, Dějiny Moravy, Brno, Host, 1990.",
                       "Marie Dvořáčková, Konfiskace majetku, Praha, Academia, 1998; Táž, Pozemková reforma na jižní "
                       "Moravě 1945–1950, Brno, Matice moravská 2001, s. 33.")
    assert refs.authors.tolist()[-1] == "Marie Dvořáčková"


def test_a_chain_of_same_author_words_keeps_the_first_authors():
    refs = pd.DataFrame({"doc_id": ["d"] * 3, "note_no": ["1", "2", "3"], "authors": ["Piotr Hejnowicz", "Tenże", ""],
                         "raw": ["Piotr Hejnowicz, Cukier", "Tenże, Spółki", "Tenże, Kujawy"]})
    assert same_authors(refs).tolist() == ["Piotr Hejnowicz"] * 3


def test_same_author_word_first_in_its_document_is_left_as_read():
    refs = pd.DataFrame({"doc_id": ["d", "e"], "note_no": ["1", "1"], "authors": ["Piotr Hejnowicz", "Tenże"],
                         "raw": ["Piotr Hejnowicz, Cukier", "Tenże, Spółki"]})
    assert same_authors(refs).tolist() == ["Piotr Hejnowicz", "Tenże"]


def test_same_author_word_takes_the_authors_printed_before_it_in_its_note():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"],
                          "text": ["A. Bellini, Le bonifiche, 1970.", "L. Guarnieri, Braccianti, 1981; Id., Le leghe, 1986."]})
    refs = pd.DataFrame({"doc_id": ["d"] * 3, "note_no": ["1", "2", "2"],  # the model's reading numbered after the rules'
                         "authors": ["A. Bellini", "A. Bellini", "L. Guarnieri"],
                         "raw": ["A. Bellini, Le bonifiche, 1970.", "Id., Le leghe, 1986.", "L. Guarnieri, Braccianti, 1981"]})
    assert same_authors(refs, notes).tolist() == ["A. Bellini", "L. Guarnieri", "L. Guarnieri"]


def test_german_dies_opening_a_sentence_is_no_same_author_word():
    refs = pd.DataFrame({"doc_id": ["d"] * 2, "note_no": ["1", "2"], "authors": ["Otto Brunner", "Reinhart Koselleck"],
                         "raw": ["Otto Brunner, Land und Herrschaft", "Dies zeigt Reinhart Koselleck, Preußen"]})
    assert same_authors(refs).tolist() == ["Otto Brunner", "Reinhart Koselleck"]
