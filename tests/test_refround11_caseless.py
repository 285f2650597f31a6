"""A reference in a script without capital letters (Hebrew, Georgian) is read by its shape: a name of one or two
words (an initial with its full stop before it) before the title's comma, and the imprint that ends it — a place, its
publisher after a colon, the year (after the script's own year, in brackets)."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference


def _references(text: str) -> list:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).references[["authors", "title", "place", "year"]].values.tolist()


def test_a_georgian_book_with_an_initial_before_the_name_is_a_reference():
    assert _references("ლ. ჯაფარიძე, სოფლის მეურნეობა, ქუთაისი: ნაკადული, 1979, გვ. 8.") == [
        ["ლ. ჯაფარიძე", "სოფლის მეურნეობა", "ქუთაისი", "1979"]]


def test_a_hebrew_book_dated_by_both_calendars_takes_the_common_era_year():
    ref = parse_reference('אהרן לוי, תולדות הכפר, חיפה תשל"ב (1972), עמ\' 12–14.')
    assert (ref["authors"], ref["title"], ref["place"], ref["year"]) == ("אהרן לוי", "תולדות הכפר", "חיפה", "1972")


def test_a_hebrew_page_mark_closed_by_a_geresh_gives_the_pages():
    assert parse_reference('אהרן לוי, תולדות הכפר, חיפה תשל"ב (1972), עמ\' 12–14.')["pages"] == "עמ' 12–14"


def test_a_title_of_three_words_first_is_no_name():
    assert not parse_reference("სოფლის მეურნეობის ისტორია, ქუთაისი: ნაკადული, 1979")["authors"]


def test_a_caseless_book_whose_title_comes_first_is_a_reference_by_its_imprint():
    refs = _references("სოფლის მეურნეობის ისტორია, ტ. 3, რედ. ლ. ჯაფარიძე, ქუთაისი: ნაკადული, 1979, გვ. 8.")
    assert [(title, year) for _, title, _, year in refs] == [("სოფლის მეურნეობის ისტორია", "1979")]


def test_a_caseless_thesis_with_its_university_before_the_year_is_a_reference():
    refs = _references("ლ. ჯაფარიძე, სოფლის მეურნეობის ისტორია, დისერტაცია, ქუთაისის უნივერსიტეტი, 1979, გვ. 8.")
    assert [(authors, year) for authors, _, _, year in refs] == [("ლ. ჯაფარიძე", "1979")]


def test_prose_before_a_colon_is_no_title_of_a_caseless_book():
    refs = _references("ეს საკითხი განხილულია ნაშრომში: ლ. ჯაფარიძე, სოფლის მეურნეობა, ქუთაისი: ნაკადული, 1979.")
    assert [authors for authors, _, _, _ in refs] == ["ლ. ჯაფარიძე"]
