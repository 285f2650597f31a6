"""A Hungarian book cited without authors (`Cím. II. köt. Budapest, 1897. 134.`) is read in the Hungarian order: its
title without the volume, the volume, place, year and the pages after the year's full stop."""

from histkit.citations import parse_reference


def test_a_hungarian_book_without_authors_is_read_in_its_order():
    ref = parse_reference("A Tiszavidék gazdasági viszonyai. III. köt. Szeged, 1903. 212–215.")
    assert [ref[k] for k in ("authors", "title", "volume", "place", "year", "pages")] == \
        ["", "A Tiszavidék gazdasági viszonyai", "III", "Szeged", "1903", "212–215"]


def test_the_volume_after_a_hungarian_title_is_not_part_of_it():
    ref = parse_reference("Kiss Ferenc: A Tiszavidék gazdasági viszonyai. III. köt. Szeged, 1903. 212.")
    assert (ref["title"], ref["volume"]) == ("A Tiszavidék gazdasági viszonyai", "III")
