"""A work cited by the siglum of the collected edition it is printed in and its page there, then its title and year
(`GS 231, Title, 1930`): the title is the work's own, the siglum its container, the number its page."""

from histkit.citations.references import parse_reference


def test_the_title_after_a_siglum_and_its_page_is_the_works_own():
    ref = parse_reference("GS 231 ff., Die Aufgabe des Übersetzers, 1923.")
    assert (ref["authors"], ref["title"], ref["container"], ref["pages"], ref["year"]) == (
        "", "Die Aufgabe des Übersetzers", "GS", "231 ff.", "1923")
