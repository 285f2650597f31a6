"""Prose after a short form's pages, after a comma, is no part of the reference (as after a full reference's year)."""

from histkit.citations import parse_reference


def test_prose_after_a_short_forms_pages_is_left_out():
    ref = parse_reference("Polanyi, Transformation, p. 71, who sees land and labour as goods")
    assert (ref["authors"], ref["title"]) == ("Polanyi", "Transformation")
