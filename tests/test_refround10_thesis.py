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
