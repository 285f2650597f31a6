"""Questions asked again of one piece are answered once, and the answers are the same; a scan that can find nothing
is not made. Issue 11: the note splitter's speed, without changing any output."""

import re

from histkit.citations.commadefined import comma_definitions
from histkit.citations.legal import legal_kind
from histkit.citations.locate import defines_archive
from histkit.citations.names import is_name
from histkit.citations.notetext import at_top_level, paren_depth
from histkit.citations.references import is_literature


def test_legal_kind_asked_twice_of_one_piece_is_read_once():
    legal_kind.cache_clear()
    first = legal_kind("Marbury v. Madison, 5 U.S. 137 (1803)")
    again = legal_kind("Marbury v. Madison, 5 U.S. 137 (1803)")
    assert (first, again, legal_kind.cache_info().misses) == ("case", "case", 1)


def test_is_literature_asked_twice_gives_the_same_answer():
    piece = "D. Bilandžić, Hrvatska moderna povijest, Zagreb: Golden marketing, 1999, 45"
    assert is_literature(piece) is True and is_literature(piece) is True
    assert is_literature("AJ, 507, IX, 9/I-12") is False


def test_every_match_of_a_piece_without_brackets_is_at_the_top_level():
    text = "TNA, FO 371/1, 3 May 1950, minute"
    assert [m.start() for m in at_top_level(re.finditer(",", text), text)] == [3, 13, 25]


def test_a_match_inside_brackets_is_still_left_out():
    text = "Title (Zagreb, 1990), 12"
    kept = [m.start() for m in at_top_level(re.finditer(",", text), text)]
    assert kept == [m.start() for m in re.finditer(",", text) if paren_depth(text, m.start()) == 0] == [20]


def test_a_note_with_no_word_for_hereafter_after_a_comma_defines_nothing_between_commas():
    assert comma_definitions("Archivio di Stato del Cantone Ticino, Fondo Diversi, sc. 12") == []


def test_a_definition_between_commas_is_still_read():
    assert comma_definitions("Archives of X, Geneva, hereafter AX, box 4") == [("Archives of X", "Geneva", "AX")]


def test_is_name_asked_twice_of_one_part_is_read_once():
    is_name.cache_clear()
    assert (is_name("Geoff Eley"), is_name("Geoff Eley"), is_name.cache_info().misses) == (True, True, 1)


def test_an_archive_defined_is_still_told_after_its_answer_is_kept():
    for _ in range(2):
        assert (defines_archive("Državni arhiv u Splitu (DAST), fond 3"), defines_archive("Tito (JBT), 3")) == (True, False)
