"""The French comma style's imprint followed by the volume cited (`Paris, Vrin, 1966, t. VI, p. 112`), a work printed
over a run of years (`1966-1976`, `17 vol.`), and an edition's editor after `éd.`."""

import pytest

from histkit.citations import parse_reference
from histkit.citations.references import is_literature


def test_a_volume_after_the_comma_style_imprint_is_the_volume_not_the_end_of_the_title():
    ref = parse_reference("R. Descartes, Œuvres, Paris, Vrin, 1966, t. VI, p. 112.")
    assert (ref["authors"], ref["title"], ref["place"], ref["publisher"], ref["year"], ref["volume"], ref["pages"]) == (
        "R. Descartes", "Œuvres", "Paris", "Vrin", "1966", "VI", "p. 112")


def test_a_run_of_years_with_the_count_of_volumes_is_read_by_its_first_year():
    ref = parse_reference("Correspondance du P. Marin Mersenne, Paris, CNRS, 1955-1988, 17 vol., t. XI, p. 314.")
    assert (ref["title"], ref["year"], ref["volume"]) == ("Correspondance du P. Marin Mersenne", "1955", "XI")


def test_a_run_of_years_in_the_title_before_the_imprint_is_kept():
    ref = parse_reference("L. Daston, Wonders and the Order of Nature, 1150–1750, New York 1998, 12.")
    assert (ref["title"], ref["year"]) == ("Wonders and the Order of Nature, 1150–1750", "1998")


def test_a_french_editor_s_clause_after_the_title_is_no_part_of_it():
    ref = parse_reference("R. Descartes, Œuvres, éd. Ch. Aumont et P. Tavernier, Paris, Vrin, 1966, t. VI, p. 112.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("R. Descartes", "Œuvres", "1966")


@pytest.mark.parametrize("file", ["NAP, Erección de Pueblos, Isabela, 1856–1870, bundle 7.",
                                  "Archives of Bombay, Revenue Department, 1896, vol. 38, file 117."])
def test_an_archive_s_file_after_a_year_alone_is_no_book(file):
    assert not is_literature(file)
