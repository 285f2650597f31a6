"""Middle-Eastern archives cited in transliteration: their words for documents (Watha'iq, Asnad) make a name an
archive's, and a Gregorian day after another calendar's year and a slash is the document's date (round 4's misses)."""

from conftest import cite
from histkit.dates import find_dates


def test_an_archive_named_by_its_transliterated_word_for_documents_is_defined_and_cited_again():
    rows = cite("Dar al-Watha'iq al-Ta'rikhiyya, Baghdad (hereafter DWT), Bab al-Sharqi, Mahfaza 12, 3 May 1931.",
                "DWT, Bab al-Sharqi, Mahfaza 13, n.d.").citations
    assert rows.archive_name.tolist() == ["Dar al-Watha'iq al-Ta'rikhiyya"] * 2


def test_a_day_after_another_calendars_year_and_a_slash_is_the_gregorian_day():
    found = find_dates("12 Mihr 1325/4 October 1946")
    assert [(d.surface, d.date_start) for d in found] == [("4 October 1946", "1946-10-04")]


def test_a_day_and_numbered_month_after_a_shelfmarks_slash_is_no_such_date():
    found = find_dates("HR.SYS. 2345/12, 14.3.1913.")
    assert [d.date_start for d in found] == ["1913-03-14"]
