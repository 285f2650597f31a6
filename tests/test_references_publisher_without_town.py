"""A publisher named by a publisher's word and its year, with no town (`…, The Anarchical Society, Columbia
University Press, 1977, p. 101`), is a book's imprint: the reference is literature, read by the rules."""

from histkit.citations.references import looks_like_literature, parse_reference


def test_a_publisher_and_year_without_a_town_is_the_imprint():
    ref = parse_reference("Hedley Bull, The Anarchical Society, Columbia University Press, 1977, p. 101.")
    assert (ref["title"], ref["publisher"], ref["place"], ref["year"]) == (
        "The Anarchical Society", "Columbia University Press", "", "1977")


def test_a_reference_with_a_publisher_and_no_town_looks_like_literature():
    assert looks_like_literature("Hedley Bull, The Anarchical Society, Columbia University Press, 1977, p. 101.")


def test_a_title_after_the_names_alone_is_no_publisher():
    from histkit.citations.imprintcomma import publisher_year
    assert publisher_year("W. Thomas, Harvard University Press, 2001") is None


def test_a_house_known_by_its_name_alone_before_the_year_is_the_publisher_not_the_town():
    ref = parse_reference("Hedley Bull, The Anarchical Society, Macmillan, 1977.")
    assert (ref["publisher"], ref["place"]) == ("Macmillan", "")
