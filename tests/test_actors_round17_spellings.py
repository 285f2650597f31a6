"""A name as older print, typewriters and other literatures spell it: accents typed apart, a double family name
without its hyphen, letters spelt out (`ae`, `Ij`), stroked letters without their stroke, the romanisation systems
of Slavic studies, German and French (mention round 17); small texts written for each behaviour."""

import unicodedata

from conftest import found_mentions


def test_a_name_whose_accents_are_typed_apart_is_the_name_and_keeps_its_offsets():
    decomposed = unicodedata.normalize("NFD", "Václav Dvořák")
    text = f"Nachlass {decomposed}, Mappe 3."
    assert found_mentions(text, ("d", "Václav Dvořák", "person", "")) == [("d", decomposed)]


def test_a_double_family_name_is_the_name_without_its_hyphen_too():
    text = "Ramón Fernández Llano presidía el comité; Fernández Llano huyó en 1937."
    found = found_mentions(text, ("f", "Ramón Fernández-Llano", "person", ""))
    assert found == [("f", "Ramón Fernández Llano"), ("f", "Fernández Llano")]


def test_a_german_umlaut_spelt_out_is_the_name():
    text = "Interrogation of Hermann Kraemer, 12 June 1945."
    assert found_mentions(text, ("k", "Hermann Krämer", "person", "")) == [("k", "Hermann Kraemer")]


def test_the_dutch_ij_written_ij_or_y_is_the_name():
    text = "De krant spelde Ijzerman, in 1931 nog Yzerman."
    assert found_mentions(text, ("i", "Jan IJzerman", "person", "")) == [("i", "Ijzerman"), ("i", "Yzerman")]


def test_a_polish_l_with_stroke_is_a_plain_l_without_diacritics():
    text = "Papers of Jozef Lukowski, box 4."
    assert found_mentions(text, ("l", "Józef Łukowski", "person", "")) == [("l", "Jozef Lukowski")]


def test_a_russian_name_is_found_in_the_scholarly_german_and_french_romanisations():
    text = "Ž. Belov; see Žukovcev 1931, Schukowzew 1932 and Joukovtsev 1959."
    found = found_mentions(text, ("z", "Фёдор Жуковцев", "person", ""))
    assert found == [("z", "Žukovcev"), ("z", "Schukowzew"), ("z", "Joukovtsev")]


def test_the_english_and_the_polish_spelling_of_a_slavic_ending_are_one_name():
    text = "Report of Dragunski to the Comintern, 1931."
    assert found_mentions(text, ("d", "Lev Dragoenski", "person", "Dragunsky")) == [("d", "Dragunski")]
