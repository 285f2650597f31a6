"""A ruler's land after his number (`Friedrich II. von Preußen`) is no family name of his (`split_name`); a small
text written for the behaviour."""

from conftest import found_mentions


def test_a_rulers_land_after_his_number_is_no_family_name():
    text = "Der Aufsatz ist auf Deutsch. Adenauer misstraute Preußen. Friedrich II. von Preußen starb 1786."
    found = found_mentions(text, ("f", "Friedrich II. von Preußen", "person", "Friedrich II."))
    assert found == [("f", "Friedrich II. von Preußen")]
