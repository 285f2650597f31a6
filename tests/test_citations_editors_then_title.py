"""A book's or a container's editors printed before its title: the title that follows them is never read as an
author, whatever full stop it holds, and a colon after the editor's word parts them as a comma does."""

from __future__ import annotations

from histkit.citations import parse_reference
from histkit.citations.names import is_name


def test_a_title_with_a_full_stop_after_the_editors_stays_the_title():
    ref = parse_reference("D. Coole, S. Frost (eds.), New Materialisms. Ontology, Agency, and Politics, Durham 2010.")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"]) == \
        ("D. Coole, S. Frost", "New Materialisms. Ontology, Agency, and Politics", "Durham", "2010")


def test_a_long_word_ending_a_sentence_inside_it_makes_no_name():
    assert [is_name(n) for n in ("New Materialisms. Ontology", "Chas. Dickens", "J. R. R. Tolkien")] == \
        [False, True, True]


def test_a_colon_after_the_editors_bracket_opens_the_containers_title():
    ref = parse_reference("Karl Meier: Der Staat, in: Hans Müller (Hg.): Staat und Recht, Berlin 1990, S. 21.")
    assert (ref["editors"], ref["container"], ref["pages"]) == ("Hans Müller", "Staat und Recht", "S. 21")
