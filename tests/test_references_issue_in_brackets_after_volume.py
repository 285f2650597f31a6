"""A journal's issue in brackets glued to its volume before the bracketed year (`Journal of Management 22(3) (1996),
506`) is the issue: the volume, year and pages are read as without it."""

from histkit.citations.references import parse_reference


def test_the_issue_glued_to_the_volume_leaves_volume_year_and_pages():
    ref = parse_reference("JP Near, ‘Whistle-Blowing’, Journal of Management 22(3) (1996), 506.")
    assert (ref["container"], ref["volume"], ref["year"], ref["pages"]) == ("Journal of Management", "22", "1996", "506")


def test_the_year_in_square_brackets_before_the_journal_with_its_issue_is_the_year():
    ref = parse_reference("JP Near and MP Miceli, ‘Whistle-Blowing: Myth and Reality’ [1996] Journal of Management 22(3), 506.")
    assert (ref["container"], ref["volume"], ref["year"]) == ("Journal of Management", "22", "1996")
