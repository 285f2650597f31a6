"""A thesis in the full-stop styles: after the title and the words that say it is one (in a language no list holds),
the university and the year end the reference (`Mari Tamm. Title. Thesis. Tartu Ülikool, 2011, lk 8`)."""

from histkit.citations import parse_reference
from histkit.citations.references import looks_like_literature

NOTE = "Mari Tamm. Küla koolid 1860–1900. Doktoritöö. Tartu Ülikool, 2011, lk 8."


def test_a_full_stop_style_thesis_is_literature():
    assert looks_like_literature(NOTE)


def test_its_author_and_year_are_read():
    ref = parse_reference(NOTE)
    assert (ref["authors"], ref["year"]) == ("Mari Tamm", "2011")


def test_a_thesis_clause_after_a_full_stop_that_ends_a_number_is_cut():
    from histkit.citations.theses import without_thesis_clause

    assert without_thesis_clause("A. Alt, Geschichte 12. Diss. phil. Universität Kassel 1998, S. 4") == \
        "A. Alt, Geschichte 12, Universität Kassel 1998, S. 4"


def test_a_full_stop_after_an_initial_opens_no_thesis_clause():
    from histkit.citations.theses import without_thesis_clause

    text = "A. Alt, Geschichte A. Diss. phil. Universität Kassel 1998, S. 4"
    assert without_thesis_clause(text) == text
