"""A table's or figure's source line cites as a note does: its bracketed imprint is no date, a statistical yearbook's
title year is one also before its page, and a volume in Roman numerals after an imprint's year marks the imprint
(the date rounds' rules 64, 107 and 139)."""

from histkit.dates.table import dates_table
from histkit.dates.volumeyears import in_a_source_line, names_a_yearbooks_year
from histkit.layout import analyse_layout
from histkit.read import Document


def _surfaces(text):
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    return table["surface"].tolist()


def test_the_bracketed_imprint_of_a_source_line_under_a_table_is_no_date():
    text = ("Production fell after 1929.\n\n"
            "Source: League of Nations, World Production and Prices 1925–1934 (Geneva, 1935), p. 47.\n")
    assert _surfaces(text) == ["1929", "1925–1934"]


def test_a_bracket_of_places_and_a_year_in_prose_stays_a_date():
    assert _surfaces("The Congress (Vienna, 1815) redrew the map.\n") == ["1815"]


def test_source_words_open_a_source_line_in_several_languages():
    for text in ("Quelle: Jahrbuch (Berlin, 1937)", "Źródło: Rocznik (Warszawa, 1937)", "Источник: Ежегодник (Москва, 1937)"):
        assert in_a_source_line(text, text.find("1937"))
    assert not in_a_source_line("In 1937 the source was lost", 3)


def test_a_statistical_yearbooks_year_before_its_page_is_the_year_its_figures_cover():
    text = "Source: Statistisches Jahrbuch für das Deutsche Reich 1937, p. 34; Anuario Estadístico de España 1934, p. 611.\n"
    assert _surfaces(text) == ["1937", "1934"]


def test_a_place_and_year_after_a_yearbooks_title_and_a_comma_is_its_imprint():
    text = "Statistisches Jahrbuch für das Deutsche Reich, Berlin 1937, S. 34"
    assert not names_a_yearbooks_year(text, text.find("1937"))


def test_an_imprints_year_before_a_volume_in_roman_numerals_is_no_date():
    text = "Les ouvriers de la région lyonnaise (1848-1914), Lyon, PUL, 1977, t. II, p. 23.\n"
    assert _surfaces(text) == ["1848-1914"]
