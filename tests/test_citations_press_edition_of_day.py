"""A newspaper's issue named by the words for "the issue of" before its day (`Diario El Mercurio, Edición de fecha 28
de octubre de 2011`, `…, Ausgabe vom 12. März 1999`, ``reference_words.csv`` kind ``edition_of_day``) is a press
citation of that day, not a work with the paper for its author."""

from histkit.citations.press import press_issue


def test_the_spanish_words_for_the_issue_of_a_day():
    paper, day, _ = press_issue("Diario El Mercurio, Edición de fecha 28 de octubre de 2011.")
    assert (paper, day.date_start) == ("Diario El Mercurio", "2011-10-28")


def test_the_german_words_for_the_issue_of_a_day_with_its_page():
    assert press_issue("Frankfurter Allgemeine Zeitung, Ausgabe vom 12. März 1999, S. 3.")[1].date_start == "1999-03-12"
