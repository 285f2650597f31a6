"""Days of the Hijri, Rumi, Solar Hijri and French Republican calendars read as their Gregorian days."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.dates import find_dates


def _first(text: str) -> tuple[str, str]:
    d = find_dates(text)[0]
    return d.date_start, d.precision


def test_an_ottoman_hijri_day_is_its_gregorian_day_not_the_year_1329():
    assert _first("irade, 15 Recep 1329.") == ("1911-07-12", "day")


def test_a_transliterated_arabic_hijri_month_is_read_too():
    assert _first("report of 12 Rajab 1329") == ("1911-07-09", "day")


def test_a_rumi_day_before_1917_is_a_julian_day_of_the_fiscal_year():
    assert _first("tezkire, 3 Teşrinievvel 1327") == ("1911-10-16", "day")


def test_a_solar_hijri_day_counts_from_the_march_equinox():
    assert _first("letter of 12 Mordad 1329") == ("1950-08-03", "day")


def test_a_republican_day_with_a_roman_year_of_the_republic():
    assert _first("arrêté du 18 brumaire an VIII") == ("1799-11-09", "day")


def test_a_turkish_gregorian_month_with_a_gregorian_year_stays_gregorian():
    assert _first("12 Mart 1950") == ("1950-03-12", "day")


def test_the_surface_is_the_text_as_written():
    assert find_dates("arrêté du 1er frimaire an II.")[0].surface == "1er frimaire an II"


def test_a_citation_dated_in_another_calendar_carries_its_gregorian_day():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["BOA, DH.MUİ, 23/1, 15 Recep 1329."]})
    rows = extract_citations(notes).citations
    assert rows.date_start.tolist() == ["1911-07-12"]


def test_an_ethiopian_day_counts_from_its_september_new_year():
    assert _first("file 12, 12 Meskerem 1943 E.C.") == ("1950-09-22", "day")


def test_an_ethiopian_month_may_come_before_its_day():
    assert _first("letter, Meskerem 9, 1937 E.C.") == ("1944-09-19", "day")


def test_a_month_name_two_calendars_share_is_told_by_its_year():
    assert (_first("12 Tir 1320")[0], _first("12 Tir 1943 E.C.")[0]) == ("1941-07-03", "1951-01-20")


def test_the_gregorian_day_the_writer_gives_after_it_is_the_one_read():
    assert [d.surface for d in find_dates("irade, 15 Recep 1329 (12 July 1911).")] == ["12 July 1911"]


def test_an_era_mark_without_full_stops_before_the_bracket_leaves_the_gregorian_day_to_be_read():
    assert [d.surface for d in find_dates("letter, 12 Muharram 1356 AH (25 March 1937).")][-1] == "25 March 1937"
    assert all(d.surface != "12 Muharram 1356" for d in find_dates("letter, 12 Muharram 1356 AH (25 March 1937)."))
