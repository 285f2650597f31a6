"""Web addresses as PDFs print them (issue 15, round 33): a line broken inside a link after a hyphen or a slash leaves a
space in it; the link and the day seen after it still end the reference, and a short form after it finds its work."""

from conftest import cite

from histkit.citations import parse_reference
from histkit.citations.ends import without_online


def test_a_link_broken_by_a_space_after_a_hyphen_and_the_day_seen_end_the_reference():
    assert without_online("Ann Lee, 'Old Greens' (Village Blog, 2 May 2018) <https://vb.org/2018/old- greens/> accessed "
                          "3 June 2020") == "Ann Lee, 'Old Greens' (Village Blog, 2 May 2018)"


def test_a_short_form_without_a_pinpoint_finds_a_post_whose_link_was_broken():
    refs = cite("Ann Lee, 'Old Greens' (Village Blog, 2 May 2018) <https://vb.org/2018/old- greens/> accessed 3 June 2020.",
                "Lee (n 1).").references
    assert refs[refs.note_no == "2"][["authors", "ref_of"]].values.tolist() == [["Lee", "1:1"]]


def test_the_day_seen_in_angle_brackets_after_a_bare_address_ends_an_apa_reference():
    ref = parse_reference("Wakaruk, A., Pietrosanu, P. (2021). Introducing the Copyright Anxiety Scale. Journal of "
                          "Copyright in Education, 5(1), 1–38 www.jcel-pub.org/article/view/15212 <accessed 13.06.2022>.")
    assert (ref["container"], ref["volume"], ref["issue"], ref["pages"], ref["publisher"]) == \
        ("Journal of Copyright in Education", "5", "1", "1–38", "")
