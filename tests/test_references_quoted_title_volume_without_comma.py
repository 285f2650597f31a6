"""An article's quoted title followed, with no comma, by the volume, the journal's name, the year in brackets and the
pages (`‘Title’ 94 American Journal of International Law (2000) 759, 761`) is read as with the comma."""

from histkit.citations.references import parse_reference


def test_the_volume_after_the_closing_quote_opens_the_journal():
    ref = parse_reference("Daryl A. Mundis, ‘Current Developments: Improving the Operation of the Tribunals’ "
                          "94 American Journal of International Law (2000) 759, 761.")
    assert (ref["title"], ref["container"], ref["volume"], ref["year"]) == (
        "Current Developments: Improving the Operation of the Tribunals", "American Journal of International Law",
        "94", "2000")
