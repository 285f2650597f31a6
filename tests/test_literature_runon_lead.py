"""A model reading that runs on past its reference's end, over the note's prose, into a sentence opening with a lead
word (`Vgl`, `See`, `cf`) and a surname alone before a comma, is cut there: the surname begins the next reference."""

from __future__ import annotations

from histkit.literature.runon import lead_start


def test_a_lead_word_and_a_surname_before_a_comma_begin_a_reference():
    part = "Vgl Jacobs, Labour and the Law in Europe (2011), 1 ff"
    assert part[lead_start(part):].startswith("Jacobs, Labour")


def test_a_lead_word_and_two_authors_joined_by_a_slash_begin_a_reference():
    part = "See Harrow/Quill, The Ledger, 2001, 4"
    assert part[lead_start(part):].startswith("Harrow/Quill")


def test_a_sentence_without_a_lead_word_begins_none():
    assert lead_start("Arbeitsrecht schützt, mehr oder weniger, vor dem Missbrauch") == -1


def test_a_lead_word_before_words_in_small_letters_begins_none():
    assert lead_start("Vgl dazu unten, 4") == -1
    assert lead_start("See the discussion above, at 4") == -1
