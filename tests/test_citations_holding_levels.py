"""Levels of a holding named with their words: a section or room before a fonds, a fonds' word, leaves in the chain."""

import pandas as pd
import pytest
from conftest import cite, one_citation

from histkit.citations import extract_citations


def test_a_section_before_a_fonds_is_the_fond_and_no_town():
    row = one_citation("AGNC, Sección Colonia, Fondo Caciques e Indios, t. 45, ff. 112r–130v, visita, 3–17 June 1779.")
    assert (row.fond, row.collection, row.unit) == ("Sección Colonia", "Caciques e Indios", "t. 45")


def test_a_fonds_named_under_a_room_loses_its_word():
    row = one_citation("AGN, Sala VII, Fondo Ángel Justiniano Carranza, legajo 712, carta, 4 de octubre de 1873.")
    assert (row.fond, row.collection, row.unit) == ("Sala VII", "Ángel Justiniano Carranza", "legajo 712")


@pytest.mark.parametrize("text, fond", [
    ("AGN, Ramo Civil, vol. 2034, exp. 7, autos, México, 3 de julio de 1790.", "Civil"),  # the Mexican AGN's word
    ("ANM, Fonds anciens, 1 E 45, rapport de tournée, 14 mai 1913.", "Fonds anciens"),  # a fonds' name in a small word
])
def test_a_fonds_word_is_dropped_before_a_name_and_kept_before_an_adjective(text, fond):
    assert one_citation(text).fond == fond


@pytest.mark.parametrize("text, unit", [
    ("AGN, Inquisición, vol. 1234, exp. 5, f. 56v, denuncia, Puebla, 12 de marzo de 1789.", "vol. 1234, exp. 5"),
    ("ANCh, Fondo Ministerio del Interior, vol. 1234, fs. 23-25, oficio, 14 de abril de 1851.", "vol. 1234"),
    ("AN, Secretaria de Estado do Brasil, códice 952, vol. 2, fls. 45-47v, carta régia, 3 de julho de 1790.",
     "códice 952, vol. 2"),
])
def test_leaves_after_the_units_of_a_chain_are_no_unit(text, unit):
    assert one_citation(text).unit == unit


def test_a_name_namesakes_share_is_told_apart_by_the_town_the_article_defines_it_with():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"], "text": [
        "Archivo General de la Nación, Bogotá (hereafter AGNC), Sección Colonia, Fondo Miscelánea, t. 12, 1778.",
        "AGNC, Sección Colonia, Fondo Caciques e Indios, t. 45, 1779."]})
    assert list(extract_citations(notes).citations.archive) == ["AGNC", "AGNC"]


def test_leaves_after_an_idems_volume_are_its_pages():
    rows = cite("ANCh, Fondo Ministerio del Interior, vol. 1234, oficio, 14 de abril de 1851.",
                "Id., vol. 1235, fs. 2-4, sin fecha.").citations
    assert (rows.kind[1], rows.unit[1], rows.pages[1]) == ("ibid", "vol. 1235", "fs. 2-4")
