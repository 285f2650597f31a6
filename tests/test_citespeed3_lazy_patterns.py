"""The archive names' and codes' patterns for `find_name` are compiled when first asked for, and find the same."""

from histkit.citations.archives import Archive, default_matcher


def test_a_code_learned_by_a_copy_is_found_anywhere_after_a_comma():
    matcher = default_matcher().copy()
    matcher.add_code("QXZW", Archive("QXZW", "Archive of QXZ Works"))
    assert matcher.find_name("Letter of 3 May 1950, QXZW, box 4").code == "QXZW"


def test_a_name_anywhere_is_found_before_and_after_the_matcher_learns():
    matcher = default_matcher().copy()
    text = "kept in the Arhiv Jugoslavije reading room"
    before = matcher.find_name(text).code
    matcher.add_code("QXZW", Archive("QXZW", "Archive of QXZ Works"))
    assert (before, matcher.find_name(text).code) == ("AJ", "AJ")
