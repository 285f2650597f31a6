"""Labels made into reference rows: a title keeps the brackets printed in it."""

import re

from histkit.literature import references_of, tokenize


def labelled(*pairs: tuple[str, str]) -> tuple[str, list[str]]:
    """A note from (text, label) pieces, each piece's tokens given its label."""
    text = re.sub(r"\s+(?=[,)\]])|(?<=[(\[])\s+", "", " ".join(piece for piece, _ in pairs))
    labels = [label for piece, label in pairs for _ in tokenize(piece)]
    assert len(labels) == len(tokenize(text))
    return text, labels


def test_bracket_opened_in_the_title_closes_in_it():
    text, labels = labelled(("Eley", "B-author"), (",", "other"), ("Forging Democracy [The Left", "title"),
                            ("]", "other"), (", 2002", "year"))
    assert references_of(text, labels)[0]["title"] == "Forging Democracy [The Left]"


def test_bracket_of_words_right_after_the_title_is_part_of_it():
    text, labels = labelled(("Weber", "B-author"), (",", "other"), ("Wirtschaft", "title"), ("(Grundriss III)", "other"),
                            (", Tübingen", "place"), ("1922", "year"))
    assert references_of(text, labels)[0]["title"] == "Wirtschaft (Grundriss III)"


def test_years_in_a_bracket_after_the_title_are_part_of_it_when_the_year_comes_later():
    text, labels = labelled(("Müller", "B-author"), (",", "other"), ("Stadt", "title"), ("(", "other"),
                            ("1800–1900", "year"), (")", "other"), (", München", "place"), ("1999", "year"))
    ref = references_of(text, labels)[0]
    assert (ref["title"], ref["year"]) == ("Stadt (1800–1900)", "1999")


def test_a_year_in_brackets_after_the_title_alone_is_the_year():
    text, labels = labelled(("Luhmann", "B-author"), (",", "other"), ("Recht", "title"), ("(", "other"), ("1972", "year"),
                            ("), 12", "other"))
    ref = references_of(text, labels)[0]
    assert (ref["title"], ref["year"]) == ("Recht", "1972")


def test_title_ends_before_a_bracket_it_opens_on_the_place_and_year():
    text, labels = labelled(("Ribičič", "B-author"), (",", "other"), ("Moji spomini (Ljubljana", "title"), (",", "other"),
                            ("1995", "year"), (")", "other"))
    ref = references_of(text, labels)[0]
    assert (ref["title"], ref["year"]) == ("Moji spomini", "1995")


def test_one_year_in_brackets_after_the_title_stays_the_year_when_another_follows():
    text, labels = labelled(("Blumenberg", "B-author"), (",", "other"), ("Legitimität", "title"), ("(", "other"),
                            ("1965", "year"), ("),", "other"), ("1986", "year"))
    ref = references_of(text, labels)[0]
    assert (ref["title"], ref["year"]) == ("Legitimität", "1965")


def test_an_editors_mark_in_brackets_is_no_part_of_the_title():
    text, labels = labelled(("Amstutz", "B-author"), (",", "other"), ("Recht", "title"), ("(Hg.)", "other"),
                            (", 2013", "year"))
    assert references_of(text, labels)[0]["title"] == "Recht"
