"""A newspaper's issue dated in numbers, the year, the month and the day in that order with words of its language
between them that no list knows (`1930 оны 5 дугаар сарын 14`, `1928年5月3日`), is a source (kind ``press``), not a work;
and a paper's name may open with any script's capital (`Үнэн`). The words here are on no list."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.press import press_issue


def test_a_day_in_numbers_with_unknown_words_between_them_dates_an_issue():
    assert press_issue("Qorn Tryq, 1930 qor 5 vyll tarn 14.")[1].date_start == "1930-05-14"


def test_a_month_above_twelve_is_no_day():
    assert press_issue("Qorn Tryq, 1930 qor 13 vyll tarn 14.") is None


def test_a_volume_and_its_issue_are_no_day():
    assert press_issue("Qorn Tryq, 1930 vol 5 no 14.") is None


def test_a_paper_s_name_may_open_with_a_capital_of_cyrillic_s_other_alphabets():
    assert press_issue("Үнэн, 1930 qor 5 vyll tarn 14.")[0] == "Үнэн"


def test_an_issue_dated_so_is_a_press_citation_and_no_reference():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["Үнэн, 1930 qor 5 vyll tarn 14."]})
    tables = extract_citations(notes)
    assert tables.citations.kind.tolist() == ["press"]
    assert tables.references.empty
