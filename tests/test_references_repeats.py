"""Repeats in the references table: Ibid., op. cit. and note references point to the reference they repeat (ref_of)
and carry its title and year, so that a repeat reads as the work it names."""

from unittest import mock

import pandas as pd
import pytest

import histkit.citations.extract as extract


def references(*texts: str) -> pd.DataFrame:
    """The rule parser's references of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


def test_an_ibid_after_a_book_is_a_reference_row_repeating_it_with_its_own_pages():
    refs = references("John Smith, Anthracite Housing (New York: Harper, 1950), 45.", "Ibid., 47.")
    assert refs[["note_no", "authors", "title", "year", "pages", "ref_of"]].values.tolist()[1] == \
        ["2", "John Smith", "Anthracite Housing", "1950", "47", "1:1"]


def test_an_ibid_after_an_archival_citation_gives_no_reference_row():
    assert references("TNA, FO 371/1, Minute, 1 May 1950.", "Ibid., 4.").empty


def test_an_op_cit_takes_the_title_and_year_of_the_reference_it_repeats():
    refs = references("Juan García, Los pósitos de Valladolid (Madrid: CSIC, 1980), p. 45.", "García, op. cit., p. 50.")
    assert refs[["authors", "title", "year", "pages", "ref_of"]].values.tolist()[1] == \
        ["García", "Los pósitos de Valladolid", "1980", "p. 50", "1:1"]


def test_a_note_reference_points_to_the_authors_reference_in_that_note_not_to_the_last_one():
    refs = references("Karl Schmidt, Die Haftung, Berlin 1900, S. 3.", "Karl Schmidt, Der Markt, Leipzig 1910, S. 4.",
                      "Schmidt (Fn. 1), S. 5.")
    assert refs[["ref_of", "title", "year"]].values.tolist()[2] == ["1:1", "Die Haftung", "1900"]


def test_a_supra_note_reference_is_read_as_literature_and_points_to_that_note():
    refs = references("John Smith, Anthracite Housing (New York: Harper, 1950), 45.", "Smith, supra note 1, at 52.")
    assert refs.ref_of.tolist() == ["", "1:1"]


@pytest.mark.parametrize("full, repeat", [
    ("Jan Kowalski, Cukrownie na Kujawach, Warszawa 1960, s. 45.", "Kowalski, dz. cyt., s. 50."),
    ("Иванов И. И. Земские школы Вятки. М.: Наука, 1980. С. 45.", "Иванов И. И. Указ. соч. С. 50."),
    ("Marko Marković, Štampa i aneksija, Beograd 1970, 12.", "Marković, n. dj., 13."),
    ("Marko Marković, Štampa i aneksija, Beograd 1970, 12.", "Marković, nav. delo, 13."),
    ("Jan Novák, Spolky v Plzni, Praha 1970, s. 45.", "Novák, c. d., s. 50."),
    ("Hans Müller, Die Armenpflege in Baden, Karlsruhe 1910, S. 45.", "Müller, a. a. O., S. 50."),
    ("Kovács János: A filoxéra Hegyalján. Budapest, 1960. 45.", "Kovács: i. m. 50."),
    ("Иван Петров, Земеделски каси, София 1960, с. 45.", "Петров, Цит. съч., с. 50."),
])
def test_op_cit_words_of_each_language_repeat_the_authors_reference(full, repeat):
    refs = references(full, repeat)
    assert refs.ref_of.tolist() == ["", "1:1"] and refs.year.tolist()[0] == refs.year.tolist()[1] != ""


def test_a_serbian_cyrillic_name_with_je_is_read_as_the_author():
    refs = references("Петар Јовић, Задруге у Шумадији, Београд 1965, 45.")
    assert refs[["authors", "title", "year"]].values.tolist() == [["Петар Јовић", "Задруге у Шумадији", "1965"]]
