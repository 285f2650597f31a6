"""A calendar of records cited by its title, which names the archive that keeps the records, is literature, not an
archival citation, and a lead word before it does not take the title's words before its subtitle's colon."""

from histkit.citations.authorless import authorless_book
from histkit.citations.extract import cite_document, default_matcher
from histkit.citations.references import is_literature

CALENDAR = "Calendar of the Patent Rolls Preserved in the Public Record Office: Henry VI, 1422–1429 (London, 1901), p. 45"


def test_calendar_naming_an_archive_in_its_title_is_a_book():
    assert authorless_book(CALENDAR) is not None
    assert is_literature(CALENDAR)


def test_calendar_after_a_lead_word_keeps_its_whole_title():
    found = cite_document("d", [("1", f"For the licences see {CALENDAR}.")], default_matcher().copy())
    assert [row["kind"] for row in found.rows] == ["literature"]
    assert found.references[0]["title"].startswith("Calendar of the Patent Rolls")


def test_lead_in_ending_in_a_colon_before_an_archive_stays_a_lead_in():
    found = cite_document("d", [("1", "See the minutes of the board: TNA, FO 371/1.")], default_matcher().copy())
    assert [row["kind"] for row in found.rows] == ["archival"]


def test_archive_named_in_prose_with_a_call_number_is_no_calendar():
    assert authorless_book("Papers of the Board Preserved in the Public Record Office, FO 371/12 (London, 1950)") is None
