"""A reading of the model that names no work, its authors followed by an imprint only, is no reference of its own:
the merge adds no row for it."""

from __future__ import annotations

from histkit.literature.usable import names_no_work_reading


def _reading(authors: str, raw: str, place: str = "", **fields: str) -> dict:
    return dict({"confidence": 0.9, "authors": authors, "title": "", "container": "", "year": "1899", "place": place,
                 "publisher": "", "editors": "", "pages": "", "raw": raw}, **fields)


def test_a_title_read_as_authors_before_the_imprint_is_no_reference():
    assert names_no_work_reading(_reading("Römisches Strafrecht", "Römisches Strafrecht, Leipzig 1899", "Leipzig"))


def test_an_edition_word_read_as_authors_before_the_imprint_is_no_reference():
    assert names_no_work_reading(_reading("Aufl", "Aufl., München 1971, 26 ff.", "München", year="1971"))


def test_a_reading_with_the_words_of_a_work_past_its_authors_is_a_reference():
    reading = _reading("Franz Kafka", "Franz Kafka, Sämtliche Erzählungen, Frankfurt 1970, 100 ff", "Frankfurt",
                       year="1970")
    assert not names_no_work_reading(reading)


def test_author_and_year_alone_are_a_reference_of_author_date_citing():
    assert not names_no_work_reading(_reading("Luhmann", "Luhmann 1972, 239", year="1972"))
