"""A note printing one reference twice (a bilingual article's notes give each in both languages) keeps it once, also
when neither printing was read with its title."""

from __future__ import annotations

import pandas as pd

from histkit.literature.merge import printed_twice


def _printings(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": "d", "note_no": "1", "authors": authors, "title": title, "year": year,
                          "ref_of": "", "raw": raw} for authors, title, year, raw in rows])


def test_two_untitled_printings_by_one_author_of_one_year_are_one_row():
    refs = _printings(("Karl Vogt", "", "1931", "Karl Vogt, Staatslehre, 1931, § 3, 40"),
                      ("Karl Vogt", "", "1931", "Karl Vogt, Theory of the State (1931), § 3, 40"))
    assert printed_twice(refs).tolist() == [False, True]


def test_an_untitled_reading_after_the_titled_one_of_its_author_and_year_is_the_same_reference():
    refs = _printings(("Weber", "Die Wahl der Richter", "2004", "Weber, Die Wahl der Richter, ZfR 2004, 12"),
                      ("Weber", "", "2004", "Weber, ZfR 2004, 15"))
    assert printed_twice(refs).tolist() == [False, True]


def test_untitled_readings_of_one_author_in_other_years_are_other_references():
    refs = _printings(("Weber", "", "2004", "Weber, ZfR 2004, 12"), ("Weber", "", "2008", "Weber, ZfR 2008, 3"))
    assert printed_twice(refs).tolist() == [False, False]


def test_a_title_run_on_into_its_book_is_the_title_printed_before():
    refs = _printings(("Jens Kersten", "Die Konsistenz des Menschlichen, in: Autonomie im Recht, hg. von C. Bumke",
                       "2017", "Jens Kersten, Die Konsistenz des Menschlichen, in: Autonomie im Recht, hg. von C. Bumke"),
                      ("Jens Kersten", "Die Konsistenz des Menschlichen", "2017",
                       "Jens Kersten, Die Konsistenz des Menschlichen, in: Bumke (eds.), Autonomie im Recht (2017)"))
    assert printed_twice(refs).tolist() == [False, True]
