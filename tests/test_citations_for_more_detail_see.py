"""`For more detail, see`, `For further information see`, `For more on this, see` before a reference are its lead-in:
the words are no part of the authors."""

from histkit.citations.references import parse_reference


def test_for_more_detail_see_is_the_lead_in():
    ref = parse_reference("For more detail, see Youliang Yan, ‘A Leviathan? The NDRC is Being Powerful Again’ "
                          "Sina Finance News (Beijing, 30 May 2013).")
    assert ref["authors"] == "Youliang Yan"


def test_for_more_on_this_see_is_the_lead_in():
    assert parse_reference("For more on this, see J. Smith, The Book, London, 1990, p. 4.")["authors"] == "J. Smith"
