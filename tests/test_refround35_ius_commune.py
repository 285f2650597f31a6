"""Legal history's premodern sources beside its literature: a province's custom cited by its article is law, a
commentary cited by the text it comments on and its leaf is a book, columns are the pages of books printed in
columns, and an old book's printer follows the Latin word for "at the house of"."""

from __future__ import annotations

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract
from histkit.citations.imprintcomma import imprint_comma
from histkit.citations.laws import is_legislation
from histkit.citations.references import parse_reference
from histkit.citations.tails import trailing_pages


def references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


def test_a_custom_cited_by_two_articles_joined_by_the_notes_word_for_and_is_law():
    assert is_legislation("Coutume de Normandie (1583), art. 235 et 236")


def test_a_jurists_customal_cited_by_its_paragraph_stays_a_book():
    assert not is_legislation("Pierre Jaunay, Coutumes d'Anjou, éd. L. Berthe, Angers, Grassin, 1901, t. II, n° 45")


def test_a_commentary_cited_by_the_law_it_comments_its_leaf_and_margin_number_is_read_as_a_book():
    ref = parse_reference("Cynus, Lectura super Codice, Francofurti 1578, ad C. 3,1,13, fol. 12v, n. 5")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"], ref["pages"]) == (
        "Cynus", "Lectura super Codice", "Francofurti", "1578", "fol. 12v")


def test_a_section_sign_is_a_division_of_a_classic_cited_after_its_imprint():
    ref = parse_reference("Johann Ulrich Hufnagel, Usus practicus, Bd. 2, Ulmae 1702, lib. 6, tit. 1, § 14.")
    assert (ref["title"], ref["place"], ref["year"]) == ("Usus practicus", "Ulmae", "1702")


def test_a_column_is_the_page_cited_of_a_book_printed_in_columns():
    assert trailing_pages("Azo, Summa Codicis, Papiae 1506, col. 77")[1] == "col. 77"
    assert trailing_pages("Art. Vormund, in: Rechtslexikon, Bd. 3, Leipzig 1901, Sp. 412–414")[1] == "Sp. 412–414"


def test_an_old_books_printer_after_apud_is_its_publisher():
    found = imprint_comma("Iason de Mayno, Consilia, Lugduni, apud Antonium Vincentium, 1544")
    assert (found.group("place"), found.group("publisher"), found.group("year")) == (
        "Lugduni", "apud Antonium Vincentium", "1544")


def test_a_commentators_repeat_by_note_finds_his_commentary_not_the_consilia_cited_after_it():
    refs = references("Cynus, Lectura super Codice, Francofurti 1578, ad C. 3,1,13, fol. 12v, n. 5; Iason, Consilia, "
                      "Venetiis 1590, Bd. 2, cons. 14, fol. 30r.", "Cynus (Anm. 1), ad C. 3,1,14, fol. 13r, n. 2.")
    assert refs.ref_of.tolist()[-1] == "1:1"


def test_a_german_series_in_brackets_with_its_number_after_the_year_leaves_the_book_and_its_page():
    ref = parse_reference("Hans Ott, Die Vormundschaft, Berlin 2004 (Schriften zur Rechtsgeschichte 112), S. 45.")
    assert (ref["title"], ref["place"], ref["year"], ref["pages"]) == ("Die Vormundschaft", "Berlin", "2004", "S. 45")


def test_a_reprints_bracket_after_the_year_is_no_series():
    from histkit.citations.series import without_series
    text = "Hans Ott, Die Vormundschaft, Leipzig 1890 (ND Aalen 1968), S. 45."
    assert without_series(text) == text


def test_an_edition_of_sources_cited_by_title_editor_and_series_is_a_reference():
    refs = references("Diplomata regum Burgundiae, hg. von Otto Kessel, München 1977 (MGH Dipl. Burg. 2), S. 41.")
    assert refs[["title", "year"]].values.tolist() == [["Diplomata regum Burgundiae", "1977"]]


def test_a_reprint_of_an_original_printed_as_place_and_year_cites_the_reprint_without_the_original_in_the_title():
    from histkit.literature.reprint import reprint_read
    raw = "Azo, Summa Codicis, Papiae 1506 (rist. anast. Torino, Bottega d'Erasmo, 1966), col. 77"
    assert reprint_read("Summa Codicis, Papiae 1506", "1966", raw) == ("Summa Codicis", "1966")


def test_an_old_book_cited_in_its_reprint_is_read_with_the_reprints_imprint():
    ref = parse_reference("Iason de Mayno, Consilia, Venetiis, apud Iuntas, 1581 (rist. anast. Torino, Bottega d'Erasmo, "
                          "1972), p. 4")
    assert (ref["title"], ref["place"], ref["publisher"], ref["year"]) == ("Consilia", "Torino", "Bottega d'Erasmo", "1972")


def test_a_chicago_imprint_after_a_titles_run_of_years_is_no_reprint():
    from histkit.citations.reprintbracket import reprint_imprint
    text = "H. Ward, The Long Peace, 1947–1960 (New York: Columbia University Press, 1989), 301"
    assert reprint_imprint(text) == text


def test_a_consilium_cited_after_a_place_publisher_and_year_leaves_the_book():
    ref = parse_reference("Iason de Mayno, Consilia, Torino, Bottega d'Erasmo, 1972, vol. II, cons. 14")
    assert (ref["title"], ref["place"], ref["year"], ref["volume"]) == ("Consilia", "Torino", "1972", "II")


def test_a_files_unit_after_a_place_and_a_year_alone_is_no_division_of_a_book():
    from histkit.citations.references import is_literature
    assert not is_literature("Juan Pérez, Historia, Isabela, 1856, bundle 7")
