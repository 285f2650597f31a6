"""Cutting a note at its top-level commas and semicolons: the fast path gives what `scan` gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from histkit.citations.notetext import scan, split_commas, top_level_semicolons

_NOTE_CHARS = st.text(alphabet="ab ,;()[]{}„«“”»", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_NOTE_CHARS)
def test_top_level_semicolons_are_those_scan_finds_outside_brackets_and_quotes(text):
    assert top_level_semicolons(text) == [i for i, ch, depth, quote in scan(text) if ch == ";" and depth == 0 and not quote]


@settings(max_examples=300, deadline=None)
@given(_NOTE_CHARS)
def test_comma_parts_are_cut_where_scan_finds_top_level_commas(text):
    cuts = [i for i, ch, depth, quote in scan(text) if ch == "," and depth == 0 and not quote]
    parts = [text[a:b].strip() for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(text)])]
    assert split_commas(text) == [p for p in parts if p]


def test_closing_quote_without_an_open_one_does_not_hide_a_comma():
    assert split_commas("a” b, c") == ["a” b", "c"]


def test_comma_inside_a_quotation_after_a_bracket_closed_does_not_cut():
    assert split_commas("(x) „a, b“, c") == ["(x) „a, b“", "c"]


def test_comma_inside_a_quotation_opened_by_a_guillemet_pointing_right_does_not_cut():
    # (Finnish and Swedish close with » too: no other mark in the note tells that a quotation is open)
    assert split_commas("»Otsikko, alaotsikko», 12") == ["»Otsikko, alaotsikko»", "12"]
