"""A newspaper cited with its year before the day and the month (`Brīvā Zeme, 1928, 14. jūl., Nr. 156`, as Baltic
notes print it) is one day's issue, a printed source, not a literature reference."""

from histkit.citations import source_kind
from histkit.citations.press import press_issue


def test_the_year_then_an_abbreviated_month_is_one_days_issue():
    paper, day, _ = press_issue("Rīts, 1935, 3. okt., Nr. 270.")
    assert (paper, day.date_start) == ("Rīts", "1935-10-03")


def test_the_year_then_a_full_month_is_one_days_issue():
    assert press_issue("Päevaleht, 1930, 3. märts, nr 60.")[1].date_start == "1930-03-03"


def test_such_an_issue_is_a_press_source():
    assert source_kind("Rīts, 1935, 3. okt., Nr. 270.") == "press"


def test_a_year_and_a_bare_number_is_no_issue():
    assert press_issue("Rīts, 1935, 14") is None
