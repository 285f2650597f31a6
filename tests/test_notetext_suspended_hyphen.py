"""A word's first part left with its hyphen for the next word (`Hof-, Staats- und Adresskalender`, German's
Ergänzungsstrich) and the comma after it cut nothing: the title stays whole, the author before it alone."""

from histkit.citations.notetext import first_comma_part, split_commas
from histkit.citations.references import parse_reference


def test_a_comma_after_a_suspended_hyphen_cuts_no_part():
    assert split_commas("Karl Weber, Hof-, Staats- und Stadtkalender, Münster 1968") == [
        "Karl Weber", "Hof-, Staats- und Stadtkalender", "Münster 1968"]
    assert first_comma_part("Hof-, Staats- und Stadtkalender, Münster 1968") == "Hof-, Staats- und Stadtkalender"


def test_the_author_before_such_a_title_is_read_alone():
    ref = parse_reference("Karl Weber, Hof-, Staats- und Stadtkalender im Alten Reich, Münster 1968, 12")
    assert (ref["authors"], ref["title"], ref["year"]) == ("Karl Weber", "Hof-, Staats- und Stadtkalender im Alten Reich",
                                                          "1968")
