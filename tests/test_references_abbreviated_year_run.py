"""A run of years whose last year is cut to one figure, as MHRA prints it (`(London, 1868–9)`), ends a book's imprint."""

from histkit.citations.locators import first_of_run
from histkit.citations.references import is_literature, parse_reference


def test_run_cut_to_one_figure_is_read_as_its_first_year():
    assert first_of_run("Title, ed. T. Halsey, 2 vols (London, 1868–9), ii. 123") == \
        "Title, ed. T. Halsey, 2 vols (London, 1868), ii. 123"


def test_edition_with_a_run_cut_to_one_figure_is_literature():
    text = "Chronicon monasterii de Bruerne, ed. T. W. Halsey, 2 vols, RS 71 (London, 1868–9), ii. 123."
    assert is_literature(text)
    assert parse_reference(text)["year"] == "1868"


def test_one_figure_after_a_year_before_a_comma_is_no_run():
    assert first_of_run("Name, Title, Paris, 1868-9, 12") == "Name, Title, Paris, 1868-9, 12"
