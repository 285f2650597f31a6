"""A model reading that opens with prose is read again from the name in it whether the merge would use it or not;
one it would not use is replaced only by a reading that names a year and authors that do not run on over a comma."""

from __future__ import annotations

from unittest import mock

import histkit.literature.reread as reread_module

NOTE = "Die Selbstkennzeichnung findet sich in Rudolf Wiethölter, Recht und Politik, 1969, 155."
AT = NOTE.index("Rudolf")


def reading(**fields) -> dict:
    empty = dict.fromkeys(("authors", "editors", "title", "container", "volume", "issue", "place", "publisher", "year",
                           "pages"), "")
    return {**empty, "doc_id": "d", "note_no": "1", "start": 0, "end": len(NOTE) - 1, "raw": NOTE[:-1],
            "confidence": 0.9, **fields}


def read_again(first: dict, second: dict) -> list[dict]:
    with mock.patch.object(reread_module, "model_rows", lambda *_: [second]):
        return reread_module.reread([first], {("d", "1"): NOTE}, None, 0.5)


def second(authors: str = "Rudolf Wiethölter", year: str = "1969") -> dict:
    raw = NOTE[AT:-1]
    return reading(authors=authors, title="Recht und Politik", year=year, raw=raw, start=0, end=len(raw))


def test_an_unused_reading_of_prose_gives_way_to_the_dated_reference_after_it():
    found = read_again(reading(title=NOTE[:-1]), second())
    assert [(r["authors"], r["year"], r["start"]) for r in found] == [("Rudolf Wiethölter", "1969", AT)]


def test_an_unused_reading_stays_when_what_is_read_again_names_no_year():
    first = reading(title=NOTE[:-1])
    assert read_again(first, second(year="")) == [first]


def test_an_unused_reading_stays_when_the_authors_read_again_run_on_over_a_comma():
    first = reading(title=NOTE[:-1])
    assert read_again(first, second(authors="Rudolf Wiethölter, Recht")) == [first]


def test_a_used_reading_gives_way_as_before_without_a_year():
    first = reading(title=NOTE[:-1], year="1969", place="Berlin")
    assert [r["authors"] for r in read_again(first, second(year=""))] == ["Rudolf Wiethölter"]
