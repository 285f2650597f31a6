"""A newspaper's issue may print the paper's town between its name and the day (`Opinia, Iaşi, 12 mai 1932`,
`El Mercurio, Santiago, 3 de julio de 1925`): still a source (kind ``press``), not a work; and Romanian names its
months (`12 mai 1932`, `3 iulie 1925`)."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.press import press_issue


def test_a_town_between_the_paper_and_its_day_is_passed_over():
    paper, day, _ = press_issue("Gazeta Nordului, Suceava, 3 iulie 1925.")
    assert (paper, day.date_start) == ("Gazeta Nordului", "1925-07-03")


def test_a_town_of_two_words_is_passed_over_too():
    assert press_issue("Eco del Valle, San Rafael, 3 de julio de 1925.")[1].date_start == "1925-07-03"


def test_a_town_before_a_year_alone_makes_no_issue():
    assert press_issue("Istoria satelor, Suceava, 1925.") is None


def test_such_an_issue_is_a_press_citation_and_no_reference():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["Gazeta Nordului, Suceava, 12 Mai 1932."]})
    assert extract_citations(notes).citations.kind.tolist() == ["press"]
