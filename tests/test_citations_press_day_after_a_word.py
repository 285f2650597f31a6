"""A newspaper article cited by author, title, paper and day where a word for "of" joins the paper and its day
(`Gazeta Prawna vom 25.07.2013`), after a lead-in, with a title's and a paper's translation in square brackets."""

from __future__ import annotations

from histkit.citations import parse_reference
from histkit.citations.dated import dated_article


def test_the_paper_and_its_day_joined_by_vom_are_read_apart():
    assert dated_article("K. Piątek, Poprawa bezpieczeństwa turystów, Dziennik Gazeta Prawna vom 25.07.2013, S. A11") \
        == ("K. Piątek", "Poprawa bezpieczeństwa turystów", "Dziennik Gazeta Prawna", "2013-07-25", "S. A11")


def test_a_lead_in_and_glosses_in_square_brackets_are_no_field():
    ref = parse_reference("z.B. K. Piątek, Poprawa bezpieczeństwa turystów [Verbesserung der Sicherheit von Touristen], "
                          "Dziennik Gazeta Prawna [Juristische Zeitung] vom 25.07.2013, S. A11.")
    assert (ref["authors"], ref["title"], ref["container"], ref["year"], ref["pages"]) == \
        ("K. Piątek", "Poprawa bezpieczeństwa turystów", "Dziennik Gazeta Prawna", "2013", "S. A11")


def test_a_word_for_of_before_a_number_that_is_no_day_leaves_the_part_whole():
    assert dated_article("Kovač, Zapisi o Beogradu, Politika od 1920, 12") is None
