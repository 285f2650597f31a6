"""Shapes of the colonial and post-colonial archives' call numbers: sections named as towns, numbers after a series
code that read as days, a cuaderno, an Idem naming the next document."""

import pytest
from conftest import cite, one_citation


@pytest.mark.parametrize("text, fond, unit", [
    ("AGI, Santa Fe, 577, consulta del Consejo, 1781.", "Santa Fe", "577"),  # an audiencia's section, no town
    ("AGI, Indiferente General, 1234, real orden circular, Aranjuez, 12 de mayo de 1789.", "Indiferente General", "1234"),
    ("AGI, Lima, leg. 45, n. 3, carta del virrey, Lima, 3 de julio de 1770.", "Lima", "leg. 45, n. 3"),
])
def test_a_section_of_the_indies_archive_named_as_a_town_is_the_fond_and_a_bare_legajo_its_unit(text, fond, unit):
    row = one_citation(text)
    assert (row.fond, row.unit) == (fond, unit)


def test_a_file_after_its_series_code_is_no_day_of_the_document():
    row = one_citation("PRAAD, ADM 11/1/1236 (both 1923).")
    assert (row.date_start, row.date_precision) == ("1923-01-01", "year")


def test_an_idem_naming_the_next_document_repeats_the_holding():
    rows = cite("AHU, CU, Angola, cx. 12, doc. 34, carta, Luanda, 3 de julho de 1684.", "Idem, doc. 35.").citations
    assert (rows.kind[1], rows.ibid_of[1], rows.unit[1]) == ("ibid", "1:1", "doc. 35")


def test_a_cuaderno_is_a_unit_of_its_legajo():
    assert one_citation("AGNP, Superior Gobierno, leg. 23, cuad. 612, expediente, 1790.").unit == "leg. 23, cuad. 612"


def test_a_quarter_dates_a_report_by_its_three_months():
    row = one_citation("ANS, 13 G 45, rapport politique du cercle de Thiès, 1er trimestre 1912.")
    assert (row.date_start, row.date_end, row.date_precision) == ("1912-01-01", "1912-03-31", "month")


def test_a_class_in_roman_figures_and_its_dotted_subject_are_the_fond_of_a_slashed_file():
    row = one_citation("AHSDN, XI/481.3/1234, ff. 12-15, parte del general, Querétaro, 15 de mayo de 1867.")
    assert (row.fond, row.unit, row.pages) == ("XI/481.3", "1234", "ff. 12-15")


def test_two_files_after_their_series_code_are_two_units_of_the_year_said_for_both():
    rows = cite("PRAAD, ADM 11/1/1235 and ADM 11/1/1236 (both 1923).").citations
    assert [(r.fond, r.unit, r.date_start) for r in rows.itertuples()] == [("ADM 11", "1/1235", "1923-01-01"),
                                                                         ("ADM 11", "1/1236", "1923-01-01")]
