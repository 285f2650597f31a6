"""A word list with no forms of a kind (where the languages read have none: English's rows held out left no gazette
word before a number) matches nothing, never everywhere: an empty alternative made every number a gazette's issue and
every reference legislation."""

import re

from histkit.citations import words


def test_an_alternation_of_no_forms_matches_nothing():
    assert re.search(words.alternation("ibid.csv", "no such kind"), "Ibid., 45") is None


def test_an_alternation_of_no_forms_in_an_optional_group_leaves_the_rest_to_match():
    assert re.fullmatch(rf"(?:(?:{words.alternation('ibid.csv', 'no such kind')})\s*)?\d+", "45") is not None


def test_a_statute_pattern_without_short_words_finds_no_statute_in_a_book(monkeypatch):
    monkeypatch.setattr(words, "forms", lambda name, kind=None, language=None: ["gesetz"])
    assert words.statute_word.__wrapped__().search("Jan Kowal, Dzieje wsi, Kraków 1990, s. 4.") is None


def test_a_statute_pattern_of_no_words_finds_nothing(monkeypatch):
    monkeypatch.setattr(words, "forms", lambda name, kind=None, language=None: [])
    assert words.statute_word.__wrapped__().search("Zakon o arhivih, 1997") is None
