"""A link that a PDF's line broke with a space inside it is still the link: it and the day seen after it are no part
of the title."""

from histkit.citations.references import parse_reference


def test_a_quoted_title_before_a_broken_link_and_an_access_day_is_the_title():
    ref = parse_reference("Wendy Williams, “Windrush Lessons Learned Review” https://assets.publishing.service.gov.uk/"
                          "file/87402 2/6.5577_Review_WEB_v2.pdf Accessed 25th July 2022")
    assert (ref["authors"], ref["title"]) == ("Wendy Williams", "Windrush Lessons Learned Review")
