"""A day and month before the year in an imprint's bracket are the date of an interview or lecture, not a publisher."""

from histkit.citations.references import parse_reference


def test_interview_date_after_the_colon_is_no_publisher():
    ref = parse_reference("Interview with H. Xanthaki (London: 20 February 2018).")
    assert (ref["place"], ref["publisher"], ref["year"]) == ("London", "", "2018")


def test_publisher_after_the_colon_is_kept():
    ref = parse_reference("Geoff Eley, Forging Democracy (New York: Oxford University Press, 2002), 12.")
    assert ref["publisher"] == "Oxford University Press"


def test_house_spelt_as_a_month_is_kept():
    ref = parse_reference("H. Koskelainen, Muistelmia tehtaan varjosta (Helsinki: Tammi, 1961)")
    assert ref["publisher"] == "Tammi"
