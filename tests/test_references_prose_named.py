"""A work a note's sentence names with its author around it is that author's work, the sentence no part of its
title; a work the sentence names by surname and year, cited in full before, is a repeat of it; a word saying a work
is not out yet is none of its fields."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.ends import without_end
from histkit.citations.prosenamed import named_around
from histkit.citations.proseyears import author_year_repeats


def test_the_author_named_in_the_possessive_before_a_title_is_its_author():
    ref = named_around({"authors": "", "title": "The standard account is still Agnes Pomfret's The Hundred Courts"})
    assert (ref["authors"], ref["title"]) == ("Agnes Pomfret", "The Hundred Courts")


def test_the_author_named_after_a_title_by_by_is_its_author():
    ref = named_around({"authors": "", "title": "The argument here follows The Hundred Courts by Agnes Pomfret"})
    assert (ref["authors"], ref["title"]) == ("Agnes Pomfret", "The Hundred Courts")


def test_the_author_named_after_a_title_by_de_or_di_is_its_author():
    ref = named_around({"authors": "", "title": "Le point de départ reste La justice des villages de Henri Morvan"})
    assert (ref["authors"], ref["title"]) == ("Henri Morvan", "La justice des villages")


def test_the_author_before_a_verb_and_in_is_the_author_of_the_title_after_it():
    ref = named_around({"authors": "", "title": "Bereits Walter Kessel hat in Dorf und Gericht"})
    assert (ref["authors"], ref["title"]) == ("Walter Kessel", "Dorf und Gericht")


def test_a_title_about_a_person_keeps_its_words():
    for title in ("The Letters of Thomas Cromwell", "Gladstone's Foreign Policy and the Balkans",
                  "Poems and Songs by Robert Tannahill"):
        assert named_around({"authors": "", "title": title})["title"] == title


def test_a_row_with_an_author_is_not_read_again():
    ref = {"authors": "Agnes Pomfret", "title": "It rests on The Hundred Courts by Robert Tannahill"}
    assert named_around(ref) == ref


def _notes(*texts):
    return pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})


def _full(note_no, authors, title, year):
    return {"doc_id": "d", "note_no": note_no, "seq": 1, "authors": authors, "title": title, "year": year,
            "pages": "", "raw": f"{authors}, {title} ({year})", "ref_of": ""}


def test_a_surname_and_year_in_prose_repeat_the_work_cited_in_full_before():
    refs = pd.DataFrame([_full("1", "Agnes Pomfret", "The Hundred Courts", "1961"),
                         _full("1", "Hugh Brand", "Leet and Tourn", "1974")])
    notes = _notes("…", "The debate between Pomfret (1961) and Brand (1974) is not mine.")
    added = author_year_repeats(refs, notes).query("note_no == '2'")
    assert added[["authors", "title", "year", "ref_of"]].values.tolist() == [
        ["Pomfret", "The Hundred Courts", "1961", "1:1"], ["Brand", "Leet and Tourn", "1974", "1:1"]]


def test_a_surname_and_year_of_no_work_cited_before_add_nothing():
    refs = pd.DataFrame([_full("1", "Agnes Pomfret", "The Hundred Courts", "1961")])
    notes = _notes("…", "Pomfret (1962) and Gladstone (1868) said otherwise.")
    assert len(author_year_repeats(refs, notes)) == 1


def test_a_surname_and_year_the_note_itself_cites_add_nothing():
    refs = pd.DataFrame([_full("1", "Agnes Pomfret", "The Hundred Courts", "1961"),
                         _full("2", "Agnes Pomfret", "The Hundred Courts", "1961")])
    notes = _notes("…", "Pomfret (1961). The Hundred Courts. Oxford.")
    assert len(author_year_repeats(refs, notes)) == 2


def test_a_word_saying_the_work_is_not_out_yet_ends_the_reference():
    assert without_end("M. Ortal, La justicia del concejo, Madrid, Marcial Pons, en prensa.") == \
        "M. Ortal, La justicia del concejo, Madrid, Marcial Pons"
    assert without_end("K. Bode, Dorfrecht, Stuttgart (im Druck).") == "K. Bode, Dorfrecht, Stuttgart"


def test_the_references_table_reads_a_work_named_after_its_title_in_a_prose_note():
    notes = _notes("Much of this rests on The Hundred Courts of Mercia by Agnes Pomfret (Oxford, 1961), a fine book.")
    refs = extract_citations(notes).references
    assert refs[["authors", "title", "year"]].values.tolist() == [["Agnes Pomfret", "The Hundred Courts of Mercia",
                                                                   "1961"]]


def test_a_surname_and_year_the_note_itself_repeats_add_nothing():
    refs = pd.DataFrame([_full("1", "Agnes Pomfret", "The Hundred Courts", "1961"),
                         dict(_full("2", "Pomfret", "The Hundred Courts", "1961"), ref_of="1:1")])
    notes = _notes("…", "Pomfret (1961), p. 9.")
    assert len(author_year_repeats(refs, notes)) == 2


def test_a_surname_a_word_for_the_work_and_a_page_repeat_the_authors_work_cited_before():
    refs = pd.DataFrame([_full("1", "Agnes Pomfret", "The Hundred Courts", "1961")])
    for text in ("Pomfret's book (at 140) says as much.", "Le livre de Pomfret (p. 140) le dit."):
        added = author_year_repeats(refs, _notes("…", text)).query("note_no == '2'")
        assert added[["authors", "pages", "ref_of"]].values.tolist() == [["Pomfret", "140", "1:1"]]


def test_a_surname_and_a_word_for_a_work_of_no_author_cited_before_add_nothing():
    refs = pd.DataFrame([_full("1", "Agnes Pomfret", "The Hundred Courts", "1961")])
    assert len(author_year_repeats(refs, _notes("…", "Gladstone's book (at 140) says as much."))) == 1
