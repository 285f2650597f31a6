"""A body that publishes a report under its own name: its head word in more languages (`Ministarstvo`,
`Ministerstvo`), and its remits joined by "and" after a small word (`Department of Revenue and Agriculture`) are one
body's name; "and" right after the head word still joins a title's pair (`Government and Society`)."""

import pytest

from histkit.citations import parse_reference
from histkit.citations.corporate import corporate_head


@pytest.mark.parametrize("text, authors, title", [
    ("Ministarstvo za agrarnu reformu, Izveštaj o radu 1919–1929, Beograd: Državna štamparija, 1930., str. 33.",
     "Ministarstvo za agrarnu reformu", "Izveštaj o radu 1919–1929"),
    ("Government of India, Department of Revenue and Agriculture, Famine Code for Bengal (Calcutta: Secretariat "
     "Press, 1896), sec. 12.", "Government of India, Department of Revenue and Agriculture", "Famine Code for Bengal"),
])
def test_a_body_is_the_author_of_its_report(text, authors, title):
    ref = parse_reference(text)
    assert (ref["authors"], ref["title"]) == (authors, title)


def test_and_right_after_the_head_word_is_a_titles_pair():
    assert corporate_head("Government and Society in India, Oxford, 1990") == 0
