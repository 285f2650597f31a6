"""A title between straight single quotes (British journals: `Name, 'Title', Journal, xlii (1999)`) is read as a
quoted title: its quotes off, the journal after it its container; an apostrophe inside it stays."""

from histkit.citations import parse_reference


def test_a_title_in_straight_single_quotes_is_read_without_them():
    ref = parse_reference("K. Lowe, 'Tolls and the Parish', Northern Studies, 7 (1995), pp. 3–18.")
    assert (ref["title"], ref["container"], ref["year"]) == ("Tolls and the Parish", "Northern Studies", "1995")


def test_an_apostrophe_inside_the_quoted_title_stays():
    assert parse_reference("Roberts, 'Y capel a'r pentref', t. 14.")["title"] == "Y capel a'r pentref"
