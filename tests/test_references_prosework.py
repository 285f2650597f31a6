"""A work a note names in a sentence of prose, after `in` and a possessive (`in his`, `dans son`, `in seinem`), is that
work: its title opens after them, its author is the name before."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.prosework import work_in_prose


def test_the_title_of_a_work_named_in_prose_opens_after_in_and_the_possessive():
    ref = work_in_prose({"authors": "", "title": "The older view, stated by Charles Edward Penrose in his Treatise on "
                                                 "Copyhold Tenure"})
    assert ref["title"] == "Treatise on Copyhold Tenure"


def test_the_author_of_a_work_named_in_prose_is_the_forenames_and_surname_before_it():
    ref = work_in_prose({"authors": "", "title": "Schon Friedrich Adolph Lentz hat in seinem Lehrbuch des Pandektenrechts"})
    assert ref["authors"] == "Friedrich Adolph Lentz"


def test_a_surname_alone_before_it_is_the_author_without_the_sentences_first_word():
    ref = work_in_prose({"authors": "", "title": "Reeds Scholten-Bakker merkte in haar proefschrift Het eigendomsvoorbehoud"})
    assert (ref["authors"], ref["title"]) == ("Scholten-Bakker", "Het eigendomsvoorbehoud")


def test_a_possessive_inside_a_title_cuts_nothing():
    title = "Geist des römischen Rechts auf den verschiedenen Stufen seiner Entwicklung"
    assert work_in_prose({"authors": "", "title": title})["title"] == title


def test_the_references_table_reads_a_work_named_in_a_prose_note():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Le doyen Lambrechts l'avait déjà soutenu dans son Traité élémentaire des régimes matrimoniaux (Paris, 1883), "
        "où il qualifiait l'usufruit de « secours déguisé »."]})
    refs = extract_citations(notes).references
    assert refs[["authors", "title", "year"]].values.tolist() == [["Lambrechts",
                                                                   "Traité élémentaire des régimes matrimoniaux", "1883"]]
