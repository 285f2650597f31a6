"""A law report's or review's page, or the page cited after `at` or an item's word, is no year of the dates table
(`998 F.2d 1480, 1487 (9th Cir. 1993)`: 1993 is the decision's year, 1480 and 1487 its pages); a year in prose after
`at`, or a month's abbreviation before a year, stays a date."""

from histkit.dates import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _dated(note: str) -> list[str]:
    doc = Document.from_text(f"The court ruled so.1\n\n1 {note}\n", doc_id="d")
    return dates_table(analyse_layout(doc)).surface.tolist()


def test_the_pages_of_a_law_report_are_no_years_but_its_decisions_year_is():
    assert _dated("Garcia v. Spun Steak Co., 998 F.2d 1480, 1487 (9th Cir. 1993).") == ["1993"]


def test_the_page_cited_after_at_and_a_gazettes_item_are_no_years():
    assert _dated("Id. at 1483; Journal of Laws of 2018, item 1285; 85 CALIF. L. REV. 1087, 1106 (1997).") == [
        "2018", "1997"]


def test_a_year_after_at_in_prose_and_after_a_months_abbreviation_are_dates():
    assert _dated("Looking back at 2007, the parties signed on 5 Jan. 1990.") == ["2007", "5 Jan. 1990"]
