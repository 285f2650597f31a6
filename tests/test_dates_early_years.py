"""Bare years below 1000 in a history that marks its years by era: read in the era of the marked years around them."""

from histkit.dates.earlyyears import EraReading, find_early_years
from histkit.layout import analyse_layout
from histkit.read import Document
from histkit.dates import dates_table


def _read(text, default="ce"):
    return [(d.surface, d.date_start, d.date_end) for d in find_early_years(text, default)]


def test_a_year_a_lead_word_leads_into_is_a_year_and_a_count_is_not():
    assert _read("Odoacer deposed him in 476, and 300 soldiers") == [("476", "0476-01-01", "0476-12-31")]


def test_a_bare_year_takes_the_era_of_the_marked_year_before_it():
    assert _read("Frieden 421 v. Chr., und die Flotte lief im Sommer 415 aus") == [("415", "-0414-01-01", "-0414-12-31")]


def test_a_span_of_bare_years_after_a_word_for_between_or_from():
    assert _read("tra il 235 e il 284, si chiuse") == [("235 e il 284", "0235-01-01", "0284-12-31")]
    assert _read("het legioen lag er van 71 tot 104.") == [("71 tot 104", "0071-01-01", "0104-12-31")]
    assert _read("Leovigildo (568-586) unificó") == [("568-586", "0568-01-01", "0586-12-31")]


def test_a_day_or_month_before_a_year_of_three_digits_and_a_word_for_year_after_one():
    assert _read("le 31 décembre 406, Vandales; en mayo del 589") == [
        ("31 décembre 406", "0406-12-31", "0406-12-31"), ("mayo del 589", "0589-05-01", "0589-05-31")]
    assert _read("najmłodsza moneta pochodzi z 161 r.") == [("161 r.", "0161-01-01", "0161-12-31")]


def test_parts_of_numbers_and_ordinals_are_no_years():
    assert _read("Herodot (7,228), circa 700.000 uomini, im 5. Jh., до 400 000") == []


def test_a_document_without_an_eras_mark_reads_no_bare_year():
    reading = EraReading(["In 476 the legion had 300 men."])
    assert not reading.active and reading.dates("In 476 the legion had 300 men.", []) == []


def test_a_year_of_another_reckoning_before_its_marked_equivalent_is_one_date():
    reading = EraReading(["в 63 г. до н. э.", "в 44 г. до н. э."])
    text = "датирована 297 г. боспорской эры (1 г. н. э.)."
    assert [(d.surface, d.date_start) for d in reading.dates(text, [])] == [
        ("297 г. боспорской эры (1 г. н. э.)", "0001-01-01")]


def test_the_dates_table_reads_a_bare_year_in_the_era_of_the_paragraphs_before():
    for text, want in (("Varus fell in AD 9, Augustus died in AD 14.\n\nIn 476 Odoacer deposed Romulus.\n", "0476-01-01"),
                       ("Marathon was fought in 490 BC, Salamis in 480 BC.\n\nIn 479 the Persians withdrew.\n",
                        "-0478-01-01")):
        table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
        assert table["date_start"].tolist()[2:] == [want]


def test_one_marked_year_alone_makes_no_history_of_antiquity_of_a_document():
    text = "76 A.D. Nagy wrote on it.\n\nUnder Article 9(2) and recital (28), in 476 cases, see (1).\n"
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    assert not {"0476-01-01", "0028-01-01", "0002-01-01", "0001-01-01"} & set(table["date_start"])


def test_a_decade_of_up_to_three_digits_is_read_in_the_era_around_it_or_its_own():
    assert _read("raised under Domitian in the 80s, and") == [("80s", "0080-01-01", "0089-12-31")]
    assert _read("В 370-е годы гунны") == [("370-е годы", "0370-01-01", "0379-12-31")]
    assert _read("In den 430er Jahren v. Chr. stand") == [("430er Jahren v. Chr.", "-0438-01-01", "-0429-12-31")]
    assert _read("in the 1920s") == []
