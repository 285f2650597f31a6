"""A lead-in with its own colon before a colon-style short reference (`Zum Folgenden: Name: Kurztitel (wie Anm. 1)`)
is cut off: the name before the second colon is the author."""

from histkit.citations import parse_reference


def test_the_name_after_a_lead_in_with_a_colon_is_the_author():
    ref = parse_reference("Zur Sache im Einzelnen: Brandl: Zunft (wie Anm. 4), S. 7–9.")
    assert (ref["authors"], ref["pages"]) == ("Brandl", "7–9")
