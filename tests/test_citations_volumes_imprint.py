"""A work in several volumes cited in the Chicago house: the years its volumes came out over, and `vol:page` after the imprint."""

import pytest

from histkit.citations import parse_reference


@pytest.mark.parametrize("raw, year, volume, pages", [
    ("Ivan Sokolin, Recollections of a Free Press, 3 vols (London: printed for the author, 1889–91), 2:114.", "1889", "2", "114"),
    ("Anna Field, A History of the Book Trade, 2 vols (Oxford: Clarendon Press, 1931–1933), ii:208.", "1931", "ii", "208"),
])
def test_volumes_over_years_and_volume_colon_page_are_read(raw, year, volume, pages):
    ref = parse_reference(raw)
    assert (ref["title"], ref["year"], ref["volume"], ref["pages"]) == (raw.split(", ")[1], year, volume, pages)


def test_a_work_of_one_volume_keeps_no_volume():
    ref = parse_reference("Kathleen Amery, Print and Politics (Cambridge, MA: Harvard University Press, 1990), 77–80.")
    assert (ref["year"], ref["volume"], ref["pages"]) == ("1990", "", "77–80")


def test_volumes_over_years_read_as_a_book_not_an_archive():
    from histkit.citations.archives import default_matcher
    from histkit.citations.extract import cite_document

    found = cite_document("d", [("1", "Ivan Sokolin, Recollections of a Free Press, 3 vols (London: Macmillan, 1889–91), 2:114.")],
                          default_matcher().copy())
    assert [row["kind"] for row in found.rows] == ["literature"]
