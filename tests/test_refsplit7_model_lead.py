"""A lead word the model took for the start of a reference's authors (`Cf. Rudolf Wiethölter`) is passed: the reference
and its authors begin at the name."""

from histkit.literature.read import references_of


def test_a_lead_word_labelled_author_is_left_before_the_reference():
    text = "Cf. Rudolf Wiethölter, Rechtswissenschaft, 1968."
    labels = ["B-author", "author", "author", "author", "other", "title", "other", "year", "out"]
    ref = references_of(text, labels)[0]
    assert (ref["authors"], ref["raw"]) == ("Rudolf Wiethölter", "Rudolf Wiethölter, Rechtswissenschaft, 1968")


def test_an_initial_is_no_lead_word():
    labels = ["B-author", "author", "author", "other", "title", "other", "year", "out"]
    assert references_of("V. Novak, Zadruge, 1968.", labels)[0]["authors"] == "V. Novak"
