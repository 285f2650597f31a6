"""Several documents of one archive in one note (generality round 3's misses, on invented notes): after one the note
says is undated, after a box word of more languages, after an abbreviated or lettered shelfmark, after a fond
numbered as an ordinal (`1632. f.`, Latvian) or lettered (`f. R-754`, Lithuanian), after the code the first document
made known by its use."""

import pytest
from conftest import cite


def units_of(text):
    rows = cite(text).citations
    return [(r.kind, r.archive, r.unit, r.date_start) for r in rows.itertuples()]


@pytest.mark.parametrize("text", [
    "AHN, Diversos, caixa 12, s/d, e caixa 14, 3 de agosto de 1936.",
    "AGN, Archivo Roca, caja 3, s/f, y caja 5, 12 de mayo de 1931.",
])
def test_a_second_box_after_an_undated_first_is_a_document_of_its_own(text):
    rows = units_of(text)
    assert [(kind, date) for kind, _, _, date in rows] == [("archival", ""), ("archival", rows[1][3])] and rows[1][3]


def test_a_folder_word_of_catalan_opens_a_second_document_after_a_slash():
    rows = units_of("Arxiu Municipal de Xàtiva (AMX), fons Rius, carpeta 3, 1931 / carpeta 5, s.d.")
    assert [(unit, date) for _, _, unit, date in rows] == [("carpeta 3", "1931-01-01"), ("carpeta 5", "")]


@pytest.mark.parametrize("text, second", [
    ("Arhiva Mitropoliei Clujului (AMC), fond Consistoriu, act nr. 12/931, 3 mai 1931, și act nr. 44/932, s.d.", "44/932"),
    ("ÞÍ, Dómsmálaráðuneytið, C/12, 1950 / C/13, 1952.", "C/13"),
])
def test_a_shelfmark_with_an_abbreviation_or_a_capital_and_a_slash_opens_a_second_document(text, second):
    rows = units_of(text)
    assert len(rows) == 2 and rows[1][0] == "archival" and second in rows[1][2]


@pytest.mark.parametrize("text", [
    "Latvijas Valsts arhīvs (LVA), 270. f., 1. apr., 45. l.; 1022. f., 3. apr., 8. l.",
    "LCVA, f. R-612, ap. 1, b. 7; f. R-612, ap. 1, b. 9, 1941 m. sausio 3 d.",
])
def test_a_fond_after_a_semicolon_goes_on_with_the_archive(text):
    rows = units_of(text)
    assert [(kind, archive) for kind, archive, _, _ in rows] == [("archival", rows[0][1])] * 2


def test_a_code_known_from_its_use_opens_a_second_undated_document_after_a_semicolon():
    rows = units_of("KZA, 12.3/456/7, 4 June 1949; KZA, 8.1/990/2.")
    assert [(kind, archive, date) for kind, archive, _, date in rows] == \
        [("archival", "KZA", "1949-06-04"), ("archival", "KZA", "")]
