"""A token's names are made once per kind of word: words with the same features get the same names."""

from __future__ import annotations

import pytest

from histkit.literature.items import encode, items
from histkit.literature.tokens import features, own_features, told_of, told_to_neighbours


@pytest.mark.parametrize("word, after", [("Luhmann", ","), ("Hrsg", "."), ("1972", ")"), ("„", ""), ("ibid", ".")])
def test_told_of_a_tokens_own_features_is_what_it_tells_its_neighbours(word, after):
    assert told_of(own_features(word, after)) == told_to_neighbours(word, after == ".")


def test_two_words_of_one_kind_are_named_alike():
    # `Luhmann` and `Schmitt`: both `w:*`, `Xxx`, seven letters, on no list, Latin
    assert items("Luhmann, 1972")[0] == items("Schmitt, 1972")[0]


def test_a_word_of_another_kind_is_named_apart():
    assert items("Luhmann, 1972")[0] != items("Hrsg, 1972")[0]


def test_a_word_named_after_another_of_its_kind_keeps_its_own_neighbours():
    text = "Weber, Wirtschaft, Berlin 1922."
    assert items(text) == [tuple(name.encode() for name in encode(token)) for token in features(text)]
