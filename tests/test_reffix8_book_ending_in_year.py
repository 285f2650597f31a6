"""A book cited whole ends in its year, with no pages after it (`…, Udine, Del Bianco, 1968.`): its comma imprint
still makes it look like literature, the year being no page."""

from histkit.citations.references import looks_like_literature


def test_a_comma_imprint_ending_the_citation_in_its_year_looks_like_literature():
    assert looks_like_literature("Carla Bensi, Dall'armistizio alla pace, Udine, Del Bianco, 1968.")
