"""An Ibid. after a note that cites what no reader took (a newspaper's issue, a file of an unknown archive: shaped as a
citation, not as prose) repeats that, not the reference before it: it makes no reference row. After a note of prose it
still repeats the reference before."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.literature.ibids import _cites_unread


def _references(notes):
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(notes) + 1)],
                                           "text": notes})).references


def test_a_note_of_capitalised_names_and_numbers_is_shaped_as_a_citation():
    assert _cites_unread("Qorvina Vemka, 12 Qarta 1926.")  # (made-up words: a newspaper and its date)


def test_a_note_of_small_words_is_prose():
    assert not _cites_unread("Of the 143 removal orders in the list, 97 concern households without an adult male.")


def test_a_note_without_a_number_is_no_citation():
    assert not _cites_unread("Qorvina Vemka Tarlo.")


def test_an_ibid_after_a_note_citing_what_no_reader_took_makes_no_reference_row():
    refs = _references(["Geoff Eley, Forging Democracy (New York: Oxford University Press, 2002), 12.",
                        "Qorvina Vemka, 12 Qarta 1926.", "Ibid."])
    assert refs.note_no.tolist() == ["1"]


def test_an_ibid_after_a_note_of_prose_repeats_the_reference_before_it():
    refs = _references(["Geoff Eley, Forging Democracy (New York: Oxford University Press, 2002), 12.",
                        "Of the 143 removal orders in the list, 97 concern households without an adult male.",
                        "Ibid., 45."])
    assert refs[["note_no", "title", "ref_of"]].values.tolist()[-1] == ["3", "Forging Democracy", "1:1"]


def test_a_short_georgian_note_with_numbers_is_shaped_as_a_citation():
    # (Mkhedruli letters have capitals no running text uses: the script is read as one without case)
    assert _cites_unread("ქრლა, ფ. 227, აღ. 1, ფფ. 5–7.")
