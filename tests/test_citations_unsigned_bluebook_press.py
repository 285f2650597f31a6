"""A newspaper's piece in the Bluebook's manner: the page after `at`, a section's letter joined by a hyphen (`at
B-6`), and an unsigned piece, title first, told by that `at`."""

from histkit.citations.dated import dated_article


def test_a_section_letter_joined_to_the_page_by_a_hyphen_is_the_page():
    assert dated_article("John Smith, Health Chief Gives Plans, N.Y. TIMES, June 12, 1981, at B-6")[2:] == (
        "N.Y. TIMES", "1981-06-12", "at B-6")


def test_an_unsigned_piece_with_its_page_after_at_has_no_author():
    assert dated_article("Health Chief Gives Plans to Cut Costs, N.Y. Times, June 12, 1981, at B-6") == (
        "", "Health Chief Gives Plans to Cut Costs", "N.Y. Times", "1981-06-12", "at B-6")


def test_an_unsigned_piece_needs_the_bluebook_at_before_its_page():
    assert dated_article("Health Chief Gives Plans to Cut Costs, N.Y. Times, June 12, 1981, p. 6") is None
