"""The spans within which an editor or historian places an undated work are one row each (the date rounds' rule
155): the charter editors' `1155 × 1162`, a short second end after `c.` (`c. 1135–8`), a bracketed `[c. 1180 × 1190]`
in a note, and two years a slash parts after a word that dates or approximates (`um 1520/25`, `w latach 1420/30`);
a file's number shaped so (`carton 1936/45`) is none."""

import pytest

from histkit.dates.circa import find_circa_years
from histkit.dates.search import find_dates
from histkit.dates.slashedyears import find_slashed_spans
from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_two_years_the_charter_editors_sign_parts_are_one_span():
    assert [(d.surface, d.date_start, d.date_end) for d in find_dates("narrowed to 1155 × 1162 by its witnesses")] \
        == [("1155 × 1162", "1155-01-01", "1162-12-31")]


def test_a_short_second_end_after_circa_is_in_the_first_years_decade():
    assert [(d.surface, d.date_end) for d in find_circa_years("usually assigned to c. 1135–8, though")] \
        == [("1135–8", "1138-12-31")]


def test_a_span_a_note_supplies_in_brackets_after_circa_is_one_row():
    rows = _table("Text of the article.1\n\n1 Shropshire Archives, 6000/1432, fo. 23v: grant, n.d. [c. 1180 × 1190]; "
                  "ibid., fo. 24r.")
    assert ("1180 × 1190", "1180-01-01", "1190-12-31") in rows and ("1190", "1190-01-01", "1190-12-31") not in rows


@pytest.mark.parametrize("text, surface, start, end", [
    ("Das Bildnis Lotzers entstand um 1520/25.", "1520/25", "1520-01-01", "1525-12-31"),
    ("a kościół wzniesiono w latach 1420/30.", "1420/30", "1420-01-01", "1430-12-31"),
    ("The panel is dated c. 1510/15 by most.", "1510/15", "1510-01-01", "1515-12-31"),
])
def test_two_years_a_slash_parts_after_a_word_that_dates_them_are_a_span(text, surface, start, end):
    assert [(d.surface, d.date_start, d.date_end) for d in find_slashed_spans(text, [])] == [(surface, start, end)]


@pytest.mark.parametrize("text", [
    "Archives Saint-Gobain, carton 1936/45, assemblée générale.",
    "pöytäkirja on arkistoitu numerolla 1917/45.",
    "w latach 1920/21 i później",  # (one year running into the next: the forms' own)
])
def test_a_slashed_pair_with_no_word_that_dates_it_or_a_year_running_over_is_left(text):
    assert find_slashed_spans(text, []) == []
