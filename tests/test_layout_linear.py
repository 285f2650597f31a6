"""Layout reads odd long lines in linear time: its patterns find what their plain forms find, and such lines end."""

import re
from collections import Counter

import pytest
from conftest import layout_of
from hypothesis import given, settings
from hypothesis import strategies as st

from histkit.layout.clean import _LINE_END_HYPHEN, _compounds_and_words
from histkit.layout.lines import _LABEL_RE, _strip_marker, label_of
from histkit.layout import markers
from histkit.layout.markers import _in_link, _links_in
from histkit.layout.pages import _FOLIO

_PLAIN_LINK = re.compile(r"(?:https?://|www\.|doi:|10\.\d{4,9}/)", re.I)
_HYPHENS = st.text(alphabet="ab1_Ж-\u00ad \t\n.", max_size=30)


def _joined(*pieces: str):
    return st.lists(st.sampled_from(pieces), max_size=10).map("".join)


@given(_HYPHENS)
def test_line_end_hyphens_are_those_the_plain_pattern_finds(text):
    assert _LINE_END_HYPHEN.sub(" ", text) == re.sub(r"(\w+)[-\u00ad][ \t]*\n[ \t]*(\w+)", " ", text)


@given(st.text(alphabet="aB1_ЖİI-\u00ad \t\n.", max_size=30))
def test_compounds_and_words_are_counted_as_the_plain_patterns_find_them_once_broken_words_are_cut(text):
    flat = re.sub(r"(\w+)[-\u00ad][ \t]*\n[ \t]*(\w+)", " ", text).lower()
    assert _compounds_and_words(text) == (Counter(re.findall(r"\w+-\w+", flat)), Counter(re.findall(r"\w+", flat)))


def test_lower_casing_changes_no_character_into_a_word_character_or_out_of_one_but_dotted_capital_i():
    # the word counts lower-case the text before cutting out broken words, which needs this of every character
    word = re.compile(r"\w")
    changed = [c for c in map(chr, range(0x110000))
               if len(c.lower()) != 1 or bool(word.match(c)) != bool(word.match(c.lower()))]
    assert changed == ["\u0130"]


@given(_joined("a", "Ж", "1", "-", " ", "  ", "\t", ":", ".", "_", "Summary"))
def test_a_label_is_what_the_plain_pattern_reads(line):
    plain = re.fullmatch(r"\s*([^\W\d_][\w\- ]{0,40}?)\s*[:.]?\s*$", line)
    mine = _LABEL_RE.fullmatch(line)
    assert (mine and mine.group(1)) == (plain and plain.group(1))


@given(_joined(" ", "\t", "1", "12", "12345", "[", ")", "–", "-", "page", "Str.", "x"))
def test_a_bare_folio_is_what_the_plain_pattern_reads(line):
    plain = re.fullmatch(r"\s*(?:[\[(–—-]|(?i:page|p\.|s\.|str\.|стр\.|с\.|seite))?\s*(\d{1,4})\s*[\])–—-]?\s*", line)
    mine = _FOLIO.fullmatch(line)
    assert (mine and mine.group(1)) == (plain and plain.group(1))


@given(_joined("a", "1", "12", " ", "  ", "\t", ".", "x12", "1234"))
def test_a_marker_is_cut_from_a_line_end_as_the_search_along_the_line_cuts_it(line):
    s = line.rstrip()
    m = re.search(r"(?<=[^\s\d])\s?\d{1,3}$", s)
    plain = s[: m.start()].rstrip() if m and (m.start() == 0 or not s[m.start() - 1].isdigit()) else s
    assert _strip_marker(line) == plain


@given(_joined("http://", "WWW.", "hTTps://", "doi:", "DOİ:", "10.", "1234", "10.1234/", "5", "/", " ", "\n", "\t", "a", "ḧ"))
def test_a_number_is_in_a_link_when_a_link_starts_between_the_last_space_and_it(text):
    _links_in.cache_clear()
    for off in range(len(text) + 1):
        start = max(text.rfind(" ", 0, off), text.rfind("\n", 0, off), text.rfind("\t", 0, off)) + 1
        assert _in_link(text, off) == (_PLAIN_LINK.search(text, start, off) is not None)


def test_a_line_of_fifty_thousand_spaces_is_one_blank_block():
    assert [b.zone for b in layout_of(" " * 50_000 + "\n").blocks] == ["blank"]


def test_a_label_followed_by_fifty_thousand_spaces_is_still_a_label():
    assert label_of("Summary" + " " * 50_000 + ":") == "summary"


def test_a_word_of_fifty_thousand_letters_broken_by_a_hyphen_is_joined_again():
    assert [(b.zone, b.text) for b in layout_of("a" * 50_000 + "-\nb.\n").blocks] == [("body", "a" * 50_000 + "b.")]


# each marker pattern now begins with the characters it can begin with (so the search skips in C); the plain forms:
_PLAIN_MARKERS = {
    "_SPACED": r"(?<=[.,;:!?”\"’)»])[ \t\u00a0\u2009\u202f]+(\d{1,3})(?=\s|$)",
    "_QUOTE_SPACED": r"(?:[»”’›]|(?<=[^\s(\[])[«“‘‹'\"])[ \t\u00a0\u2009\u202f]+(\d{1,3})(?=[.,;:!?]?(?:\s|$))",
    "_PARENTHESISED": r"(?<=\S)[ \t\u00a0]?\((\d{1,3})\)(?![\w(])",
    "_BARE": r"(?<=[^\W\d_])[ \t\u00a0]+([1-9]\d{0,2})[ \t\u00a0]+(?=[^\W\d_])",
    "_YEAR_BARE": r"(?<![\d.,/])(?:1[5-9]\d\d|20\d\d)[ \t\u00a0]+([1-9]\d{0,2})[ \t\u00a0]+(?=[^\W\d_])",
    "_YEAR_GLUED": r"(?<![\d.,/])(?:1[5-9]\d\d|20\d\d)([1-9]\d{0,2})(?=[.,;:!?)»”\"’]*(?:\s|$))",
    "_FRACTION_GLUED": r"(?<![\w/.,])(\d{1,2}/)(\d{2,4})(?=[,;:!?)»”\"’]*\s)",
}
_MARKED = _joined("a", "ž", "1", "12", "1954", "19558", "1/47", " ", "\t", "\u00a0", ".", ",", "»", "“", "'", "(", "(12)",
                  ")", "/", "\n", "a 12 b", "1 12 b", "_ 3 b", ". 12", "» 3.", "x“ 4", "( 5", "1954 12 a", ".1954 3 b",
                  "195512,", "2012 7 x", "1/47, ", "x (12)", "7 (3)")


@pytest.mark.parametrize("name", sorted(_PLAIN_MARKERS))
@settings(max_examples=300)
@given(text=_MARKED)
def test_a_marker_pattern_finds_what_its_plain_form_finds(name, text):
    plain, mine = re.compile(_PLAIN_MARKERS[name]), getattr(markers, name)
    assert [m.regs for m in mine.finditer(text)] == [m.regs for m in plain.finditer(text)]
