"""Dates in notes and prose: every form historians write, as ISO ranges with a precision."""

import pytest

from histkit.dates import DateValue, dates_table, find_dates, parse_date
from histkit.layout import Block, Layout
from histkit.read import Document


@pytest.mark.parametrize("text, start, end, precision", [
    ("30. jula 1952", "1952-07-30", "1952-07-30", "day"),
    ("22. januara 1952", "1952-01-22", "1952-01-22", "day"),
    ("13. septembra 1951", "1951-09-13", "1951-09-13", "day"),
    ("3. novembra 1955", "1955-11-03", "1955-11-03", "day"),
    ("mart 1951", "1951-03-01", "1951-03-31", "month"),
    ("oktobra 1951", "1951-10-01", "1951-10-31", "month"),
    ("14. avgust 1952", "1952-08-14", "1952-08-14", "day"),
    ("21. 8. 1951", "1951-08-21", "1951-08-21", "day"),
    ("16.10.1954", "1954-10-16", "1954-10-16", "day"),
    ("1954", "1954-01-01", "1954-12-31", "year"),
    ("25. 2. – 6. 3. 1954", "1954-02-25", "1954-03-06", "day"),
    ("od 20. do 30. 9. 1955", "1955-09-20", "1955-09-30", "day"),
    ("od 26. septembra do 6. oktobra 1954", "1954-09-26", "1954-10-06", "day"),
    ("11. i 12. aprila 1956", "1956-04-11", "1956-04-12", "day"),
    ("7–14. 4. 1956", "1956-04-07", "1956-04-14", "day"),
    ("July 30, 1952", "1952-07-30", "1952-07-30", "day"),
    ("30 July 1952", "1952-07-30", "1952-07-30", "day"),
    ("30. Juli 1952", "1952-07-30", "1952-07-30", "day"),
    ("3. März 1948", "1948-03-03", "1948-03-03", "day"),
    ("srpnja 1952", "1952-07-01", "1952-07-31", "month"),
    ("15. listopada 1968", "1968-10-15", "1968-10-15", "day"),
    ("30. VII 1952", "1952-07-30", "1952-07-30", "day"),
    ("2. XII. 1943", "1943-12-02", "1943-12-02", "day"),
    ("30. јула 1952.", "1952-07-30", "1952-07-30", "day"),
    ("1. маја 1945", "1945-05-01", "1945-05-01", "day"),
    ("12 octobre 1956", "1956-10-12", "1956-10-12", "day"),
    ("Sept. 1952", "1952-09-01", "1952-09-30", "month"),
    ("1953-03-05", "1953-03-05", "1953-03-05", "day"),
    ("from July 29 to August 2 1952", "1952-07-29", "1952-08-02", "day"),
    ("November 19–20, 1955", "1955-11-19", "1955-11-20", "day"),
    ("November 5 and 6, 1955", "1955-11-05", "1955-11-06", "day"),
    ("28. 12. 1952 – 3. 1. 1953", "1952-12-28", "1953-01-03", "day"),
    ("1950–1956", "1950-01-01", "1956-12-31", "year"),
    ("1950s", "1950-01-01", "1959-12-31", "year"),
])
def test_each_written_form_parses_to_its_iso_range_and_precision(text, start, end, precision):
    assert parse_date(text) == DateValue(start, end, precision)


def test_year_alone_in_running_prose_is_a_year_precision_date():
    found = find_dates("The Socialists regained power in 1954, with the Liberals.")
    assert [(d.surface, d.precision) for d in found] == [("1954", "year")]


@pytest.mark.parametrize("text", [
    "Tokovi savremenosti 1/2011, 137–164.",
    "Acta Histriae 4/1987, 543–551.",
    "Vierteljahrshefte, pp. 1205–1210.",
    "Fond 142, br. 413482, f. 9.",
    "a 25-member delegation",
])
def test_page_ranges_issue_numbers_and_file_numbers_are_not_dates(text):
    assert find_dates(text) == []


def test_date_inside_a_document_title_is_found_with_its_offsets():
    text = "Politički izveštaj od 23. 5. 1955, 3–4."
    (found,) = find_dates(text)
    assert text[found.start:found.end] == "23. 5. 1955" and found.date_start == "1955-05-23"


def test_impossible_day_is_not_a_date():
    assert parse_date("31. 2. 1952") is None


def test_homoglyph_letters_in_a_month_name_still_match():
    # "jula" typed with a Cyrillic а at the end
    assert parse_date("30. julа 1952") == DateValue("1952-07-30", "1952-07-30", "day")


def test_text_without_a_date_parses_to_none():
    assert parse_date("Zabeleška o razgovoru") is None


def test_dates_table_gives_offsets_into_the_original_text_across_a_line_break():
    text = "Intro\n\nThe visit took place from April 10 to\nApril 15, 1956, in Bel-\ngrade.\n"
    doc = Document.from_text(text, doc_id="d")
    start = text.index("The")
    block = Block("b1", "body", start, len(text) - 1, text[start:-1], "", page=1)
    table = dates_table(Layout(doc, [block], []))
    row = table.iloc[0]
    assert (row.date_start, row.date_end) == ("1956-04-10", "1956-04-15")
    assert text[row.start:row.end] == "April 10 to\nApril 15, 1956"  # (`from` opens the span, it is not of it)


def test_dates_table_skips_running_heads():
    text = "JOURNAL OF COLD WAR STUDIES 1/1999\n"
    doc = Document.from_text(text, doc_id="d")
    block = Block("b1", "running_head", 0, len(text) - 1, text[:-1], text[:-1])
    assert dates_table(Layout(doc, [block], [])).empty


def test_footnote_marker_glued_after_the_years_full_stop_does_not_hide_the_date():
    (found,) = find_dates("took place from April 10 to April 15, 1956.62 The Minister")
    assert (found.date_start, found.date_end) == ("1956-04-10", "1956-04-15")


def test_publication_year_in_place_publisher_parentheses_is_not_a_date():
    assert find_dates("Ann Lane, Britain, the Cold War and Yugoslav Unity, (London: Macmillan, 1996), 4.") == []


@pytest.mark.parametrize("text, start, end", [
    ("30.7.1952.", "1952-07-30", "1952-07-30"),
    ("1950/51", "1950-01-01", "1951-12-31"),
    ("3–4 June 1950", "1950-06-03", "1950-06-04"),
    ("od 12. до 15. маја 1950", "1950-05-12", "1950-05-15"),
    ("u prosincu 1956", "1956-12-01", "1956-12-31"),
])
def test_compact_academic_year_and_mixed_forms(text, start, end):
    (found,) = find_dates(text)
    assert (found.date_start, found.date_end) == (start, end)


def test_a_year_joined_by_and_to_a_following_range_stays_a_year_of_its_own():
    found = find_dates("Prime Minister on two occasions (1946 and 1947–1949).")
    assert [(d.surface, d.date_start, d.date_end) for d in found] == [
        ("1946", "1946-01-01", "1946-12-31"), ("1947–1949", "1947-01-01", "1949-12-31")]


@pytest.mark.parametrize("text, start", [("3/12/1956", "1956-03-12"), ("4/17/1958", "1958-04-17"), ("17/4/1958", "1958-04-17")])
def test_slash_dates_are_us_month_day_year_unless_the_first_number_cannot_be_a_month(text, start):
    assert [(d.date_start, d.precision) for d in find_dates(text)] == [(start, "day")]


@pytest.mark.parametrize("text", ["768.00/4-1758", "611.68/11-655", "sygn. 237/XXII-123", "Acta Histriae 1/2019"])
def test_file_numbers_with_slashes_are_not_us_dates(text):
    assert find_dates(text) == []


def test_a_numbered_item_before_a_date_is_not_the_first_day_of_a_range():
    assert [(d.date_start, d.date_end) for d in find_dates("a. j. 56, bod 3, 12. 3. 1953")] == [("1953-03-12", "1953-03-12")]


def test_russian_genitive_of_may_is_a_month():
    assert [d.date_start for d in find_dates("14 мая 1956 г.")] == ["1956-05-14"]


@pytest.mark.parametrize("text, start", [("Zapisnik od 12. ožujka.", "1952-03-12"), ("letter of 3 May", "1952-05-03"),
                                         ("Memo, March 12", "1952-03-12")])
def test_day_and_month_without_a_year_are_dated_to_the_year_given(text, start):
    from histkit.dates import find_days_without_year
    assert [d.date_start for d in find_days_without_year(text, 1952)] == [start]


def test_day_and_month_followed_by_a_year_are_left_to_find_dates():
    from histkit.dates import find_days_without_year
    assert find_days_without_year("12. ožujka 1953", 1952) == []


@pytest.mark.parametrize("text, start, end, precision", [
    ("в марте 1955 г.", "1955-03-01", "1955-03-31", "month"),
    ("в мае 1955", "1955-05-01", "1955-05-31", "month"),
    ("1950-е годы", "1950-01-01", "1959-12-31", "year"),
    ("5. junija 1952", "1952-06-05", "1952-06-05", "day"),
    ("12. septembra 1953", "1953-09-12", "1953-09-12", "day"),
    ("v januarju 1951", "1951-01-01", "1951-01-31", "month"),
    ("1948.–1953.", "1948-01-01", "1953-12-31", "year"),
    ("od 1948. do 1953.", "1948-01-01", "1953-12-31", "year"),
    ("May 3rd 1956", "1956-05-03", "1956-05-03", "day"),
    ("13 de junio de 1956", "1956-06-13", "1956-06-13", "day"),
])
def test_forms_of_other_languages_parse_to_their_iso_range(text, start, end, precision):
    assert [(d.date_start, d.date_end, d.precision) for d in find_dates(text)] == [(start, end, precision)]


def test_a_box_number_before_a_date_is_not_the_first_day_of_a_range():
    assert [(d.date_start, d.date_end) for d in find_dates("kut. 3, 8. 2. 1951")] == [("1951-02-08", "1951-02-08")]


@pytest.mark.parametrize("text, start", [
    ("1955. július 19.", "1955-07-19"),
    ("1956. okt. 23-án", "1956-10-23"),
    ("din 2 noiembrie 1956", "1956-11-02"),
    ("Tiranë, 3 prill 1955", "1955-04-03"),
    ("15 Ιουνίου 1955", "1955-06-15"),
])
def test_hungarian_year_first_and_romanian_albanian_greek_month_names_are_days(text, start):
    found = find_dates(text)
    assert (found[-1].date_start, found[-1].precision) == (start, "day")
