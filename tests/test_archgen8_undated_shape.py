"""A no-date mark on no list, read from its shape (`dates.undated`): two letters cut short with full stops or parted
by a slash, the first in small letters, a part of the citation alone.

`x. y.` and `k/t` are marks of no language on purpose: only their shape can tell them.
"""

from histkit.dates import find_undated, says_undated


def _marks(text):
    return [text[a:b] for a, b in find_undated(text)]


def test_two_letters_cut_short_after_a_comma_are_a_no_date_mark():
    assert _marks("TNA, CO 691/123, box 3, x. y.") == ["x. y."]


def test_two_letters_parted_by_a_slash_before_a_comma_are_a_no_date_mark():
    assert _marks("AGN, caja 46, k/t, y caja 47") == ["k/t"]


def test_a_mark_in_brackets_is_read():
    assert _marks("NLA, Hann. 122a Nr. 3470 (x. Y.) und Nr. 3471") == ["x. Y."]


def test_initials_in_capitals_are_no_mark():
    assert not says_undated("Smith, A. B., Title of the book")


def test_latin_abbreviations_and_no_number_are_no_marks():
    assert not (says_undated("see, e.g., TNA, FO 371") or says_undated("AHN, leg. 3, s/n, 1938"))


def test_letters_inside_a_sentence_are_no_mark():
    assert not says_undated("The report x. y. was filed")
