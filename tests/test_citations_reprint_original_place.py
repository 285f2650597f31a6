"""A reprint's bracket naming the original's town and year before the reprint's imprint: the reprint is the edition
cited, its year and publisher the reference's (`editions.without_reprint_original`)."""

from histkit.citations import parse_reference


def test_the_reprint_after_the_original_town_and_year_is_read():
    ref = parse_reference("A. I. Lebedeva, Emigrantskie izdaniia (St. Petersburg, 1901; repr. The Hague: Mouton, 1969), 12.")
    assert (ref["title"], ref["place"], ref["publisher"], ref["year"], ref["pages"]) == (
        "Emigrantskie izdaniia", "The Hague", "Mouton", "1969", "12")


def test_a_reprint_naming_no_publisher_keeps_its_bracket_whole():
    ref = parse_reference("Name, Title (London, 1913; repr. London, 1963), 12.")
    assert (ref["title"], ref["place"], ref["year"]) == ("Title", "London", "1963")
