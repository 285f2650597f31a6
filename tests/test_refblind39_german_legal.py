"""What German, Austrian and Swiss legal notes cite and how (round 39): commentaries by their eponyms and the
commentator, journals by abbreviation, year and page, the same author's word before a journal, the lawyers' lead
words, op. cit. without commas in the Austrian manner, a town with its river abbreviated."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.opcitcommas import with_op_cit_commas
from histkit.citations.references import parse_reference


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    return extract_citations(notes).references


def test_statt_aller_is_a_lead_and_the_commentator_the_author():
    row = _references("Statt aller MüKoBGB/Ostermann, 8. Aufl. 2020, § 826 Rn. 31.").iloc[0]
    assert (row.authors, row.year) == ("Ostermann", "2020")


def test_krit_and_zust_are_lead_words():
    rows = _references("Grundlegend Anna Pohl, Die Gefahr, 1980, S. 3; krit. Bernd Vogt, Der Schaden, 1991, S. 7.",
                       "Zust. Carla Timm, Das Risiko, 2001, S. 9.")
    assert rows.authors.tolist() == ["Anna Pohl", "Bernd Vogt", "Carla Timm"]


def test_the_same_authors_word_before_a_journal_is_that_authors_new_article():
    rows = _references("Vgl. Sommer, Die Pflicht, in: FS für Otto Lamm, 1979, S. 5 (9); ders., NJW 1988, 1401, 1403.")
    assert rows[["authors", "container", "year"]].values.tolist()[1] == ["Sommer", "NJW", "1988"]


def test_a_name_before_a_journal_without_a_comma_is_its_author():
    assert {k: parse_reference("Sommer NJW 1988, 1401, 1403.")[k] for k in ("authors", "container", "year")} == {
        "authors": "Sommer", "container": "NJW", "year": "1988"}


def test_a_courts_capitals_before_a_journal_are_no_author():
    assert parse_reference("BGH NJW 1990, 1236")["authors"] == ""


def test_a_listed_constitutional_commentary_gives_the_commentator():
    ref = parse_reference("Dreier/Ostermann, GG, 3. Aufl. 2015, Art. 2 Rn. 8")
    assert (ref["authors"], ref["container"], ref["year"]) == ("Ostermann", "GG", "2015")


def test_a_looseleafs_delivery_year_after_the_margin_number_is_its_year():
    ref = parse_reference("Maunz/Dürig/Ostermann, GG, Art. 3 Abs. 1 Rn. 40 (2018)")
    assert (ref["authors"], ref["year"], ref["pages"]) == ("Ostermann", "2018", "Art. 3 Abs. 1 Rn. 40")


def test_a_commentary_in_an_english_note_keeps_its_edition_year():
    ref = parse_reference("MüKoBGB/Ostermann, 7th ed. 2017, § 280 para. 12")
    assert (ref["authors"], ref["year"]) == ("Ostermann", "2017")


def test_o_fn_names_the_note_a_work_was_cited_in():
    rows = _references("Anna Pohl, Die Gefahr, Berlin 1980, S. 3.", "Pohl (o. Fn. 1), S. 20.")
    assert rows.ref_of.tolist()[1] == "1:1"


def test_austrian_aao_without_commas_repeats_the_authors_work():
    rows = _references("Pohl, Die Gefahr, ÖJZ 1980, 33 (35).", "Pohl aaO 40.")
    assert (rows.ref_of.tolist()[1], rows.pages.tolist()[1]) == ("1:1", "40")


def test_commas_are_written_around_aao_before_a_bare_page_or_a_margin_number():
    assert with_op_cit_commas("Pohl aaO 40") == "Pohl, aaO, 40"
    assert with_op_cit_commas("Pohl aaO Rz 5") == "Pohl, aaO, Rz 5"


def test_a_town_with_its_river_abbreviated_is_the_place():
    ref = parse_reference("Anna Pohl, Die Gefahr, Frankfurt a. M. 1891")
    assert (ref["title"], ref["place"], ref["year"]) == ("Die Gefahr", "Frankfurt a. M.", "1891")



def test_a_a_anderer_ansicht_is_a_lead_word():
    rows = _references("Anna Pohl, Die Gefahr, Berlin 1980, S. 3.", "a.A. Pohl (Fn. 1), S. 9.")
    assert (rows.authors.tolist()[1], rows.ref_of.tolist()[1]) == ("Pohl", "1:1")


def test_a_a_o_is_not_read_as_the_lead_word_a_a():
    rows = _references("Anna Pohl, Die Gefahr, Berlin 1980, S. 3.", "Pohl, a.a.O., S. 11.", "Pohl, a. a. O., S. 12.")
    assert rows.ref_of.tolist()[1:] == ["1:1", "1:1"]


def test_a_section_after_an_imprint_with_its_river_abbreviated_leaves_the_imprint_whole():
    ref = parse_reference("Anna Pohl, Lehrbuch, Frankfurt a. M. 1891, § 45, 82 f.")
    assert (ref["title"], ref["place"], ref["year"]) == ("Lehrbuch", "Frankfurt a. M.", "1891")


def test_a_margin_number_after_the_imprint_is_the_cited_place():
    ref = parse_reference("Anna Pohl, Die Gefahr, Berlin 1980, Rn. 12")
    assert (ref["place"], ref["year"], ref["pages"]) == ("Berlin", "1980", "Rn. 12")


def test_a_margin_number_after_an_op_cit_word_is_the_cited_place():
    ref = parse_reference("Pohl, a.a.O., Rz. 5")
    assert (ref["title"], ref["pages"]) == ("a.a.O.", "Rz. 5")


def test_a_swiss_margin_number_after_the_imprint_is_the_cited_place():
    assert parse_reference("Anna Pohl, Die Gefahr, Bern 1958, N 112")["pages"] == "N 112"


def test_a_small_n_before_a_number_is_no_swiss_margin_number():
    assert parse_reference("Anna Pohl, Die Gefahr, Bern 1958, n 112")["pages"] != "n 112"
