"""A journal's abbreviation before the year (`Title, JZ 2013, 697`) is the reference's container, not its place; a
place with a capital after a stroke or hyphen (`Frankfurt/M.`, `Berlin-Ost`) stays a place."""

import pytest

from histkit.citations import parse_reference


@pytest.mark.parametrize("journal", ["JZ", "ZEuP", "NJW", "ZfA"])
def test_a_journal_abbreviation_before_the_year_is_the_container(journal):
    ref = parse_reference(f"Hans Müller, Die Haftung des Staates, {journal} 2013, 697, 699.")
    assert (ref["title"], ref["container"], ref["place"], ref["year"]) == ("Die Haftung des Staates", journal, "", "2013")


@pytest.mark.parametrize("place", ["Frankfurt/M.", "Berlin-Ost", "München"])
def test_a_place_before_the_year_stays_the_place(place):
    ref = parse_reference(f"Hans Müller, Geschichte der Stadt, {place} 1990, 12.")
    assert (ref["container"], ref["place"]) == ("", place)
