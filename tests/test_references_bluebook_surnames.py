"""Older law reviews cite three or more authors by their surnames alone, the last after `&`."""

from histkit.citations.references import parse_reference


def test_surnames_alone_before_the_title_are_all_authors():
    ref = parse_reference("Katz, Warner & Whittington, The Supply of Physicians and Physicians' Incomes: Some "
                          "Projections, 2 J. HEALTH POL., POL'Y & L. 227 (1977)")
    assert ref["authors"] == "Katz, Warner & Whittington"
    assert ref["title"] == "The Supply of Physicians and Physicians' Incomes: Some Projections"
    assert (ref["volume"], ref["year"], ref["pages"]) == ("2", "1977", "227")


def test_two_authors_joined_by_ampersand_stay_as_they_were():
    assert parse_reference("Canby & Gellhorn, Physician Advertising, 1978 DUKE L.J. 543")["authors"] == "Canby & Gellhorn"
