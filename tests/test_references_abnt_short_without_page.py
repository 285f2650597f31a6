"""ABNT's author–date short form citing a whole work, its year last and no page: `Cf. SILVA, 2002.`, also for
authors joined by a semicolon, is a reference of that author and year."""

from histkit.citations.references import parse_reference
from histkit.citations.splitter import split_citations


def test_a_surname_in_capitals_and_a_year_are_the_author_and_the_year():
    ref = parse_reference("SILVA, 2002.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("SILVA", "", "2002")


def test_two_surnames_joined_by_a_semicolon_are_one_short_form():
    assert [s.raw for s in split_citations("Cf. SILVA; SOUZA, 2002.") if s.role == "citation"] == ["SILVA; SOUZA, 2002."]
    assert parse_reference("SILVA; SOUZA, 2002.")["authors"] == "SILVA; SOUZA"


def test_archives_codes_joined_by_a_semicolon_before_a_year_and_a_box_are_still_cut():
    pieces = [s.raw for s in split_citations("AHU; ANTT, 1750, cx. 3") if s.role == "citation"]
    assert pieces[0] == "AHU"
