"""French paragraph numbers (`n° 130`) are the cited place, as pages are: the year and an op. cit. still read."""

from histkit.citations.references import parse_reference


def test_a_paragraph_number_before_the_page_leaves_the_year():
    ref = parse_reference("L. Vasseur, Précis de droit rural, Paris, Dalloz, 1921, n° 48, p. 33")
    assert (ref["publisher"], ref["year"], ref["pages"]) == ("Dalloz", "1921", "n° 48, p. 33")


def test_op_cit_with_a_paragraph_number_is_a_bare_repeat():
    ref = parse_reference("Vasseur, op. cit., n° 52")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("Vasseur", "op. cit.", "n° 52")
