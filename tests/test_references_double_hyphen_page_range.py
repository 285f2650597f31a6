"""Pages joined by two hyphens, as a word processor's or LaTeX's author types a range (`p. 168--185`), are one range
of pages: the year and the publisher before them are read as before a single dash."""

from histkit.citations.references import parse_reference


def test_a_range_typed_with_two_hyphens_is_the_pages():
    ref = parse_reference("Martin Wight, “The balance of power”, in Power Politics, Leicester University Press, 1995, p. 168--185.")
    assert (ref["container"], ref["publisher"], ref["year"], ref["pages"]) == (
        "Power Politics", "Leicester University Press", "1995", "p. 168--185")


def test_a_journal_year_before_its_volume_keeps_both_when_the_pages_have_two_hyphens():
    ref = parse_reference("Georg Cavallar, “Kant’s Society of Nations” in Journal of the History of Philosophy, 1994, "
                          "vol. 32, p. 461--482")
    assert (ref["container"], ref["volume"], ref["year"]) == ("Journal of the History of Philosophy", "32", "1994")
