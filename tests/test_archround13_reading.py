"""Archival round 13 read in-sample: romanised words for archive, a gloss before 'hereafter' in the bracket after a
name, an era's day written with full stops."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.dates import find_dates


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    rows = rows[rows.kind == "archival"]
    return [(r.archive, r.archive_name, r.fond, r.date_start) for r in rows.itertuples()]


def test_a_romanised_japanese_word_for_archives_names_an_archive():
    rows = _rows("Gunma Kenritsu Monjokan, Sōmu-bu, 45-12, report of 3 May 1881.")
    assert [name for _, name, _, _ in rows] == ["Gunma Kenritsu Monjokan"]


def test_a_code_defined_after_a_gloss_in_the_bracket_stands_for_the_name_before_it():
    rows = _rows("Hubei Provincial Archives (Hubei sheng dang'anguan, hereafter HBPA), 12-3-45, petition, 1935.",
                 "HBPA, 12-3-46, 1936.")
    assert [(code, name) for code, name, _, _ in rows] == [("HBPA", "Hubei Provincial Archives")] * 2


def test_the_bracket_with_a_gloss_and_the_code_is_no_part_of_the_holding():
    rows = _rows("Hayastani Azgayin Arkhiv (Armenian National Archives, hereafter HAA), f. 7, op. 2, d. 45, 3 July 1937.")
    assert [fond for _, _, fond, _ in rows] == ["7"]


def test_a_japanese_era_day_written_with_full_stops_is_its_gregorian_day():
    assert [(d.surface, d.date_start) for d in find_dates("report, Meiji 9.7.12.")] == [("Meiji 9.7.12", "1876-07-12")]


def test_an_era_day_before_the_gregorian_calendar_was_adopted_is_not_converted():
    assert find_dates("Meiji 3.7.12") == []
