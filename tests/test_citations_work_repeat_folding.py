"""A work cited again is told by folded words: an ASCII word folds to its small letters alone (the quick way gives
what the Unicode way gives), and an earlier reference's words, kept, answer the same each time they are asked."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from histkit.citations import workrepeat
from histkit.citations.workrepeat import repeats_work, work_again


def _unicode_fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_an_ascii_word_folds_as_the_unicode_way_folds_it(word):
    assert workrepeat._fold(word) == _unicode_fold(word)


@pytest.mark.parametrize("word", ["Sécurité", "ÉCOLE", "Straße", "Łódź", "Kennedy"])
def test_a_word_with_accents_loses_them(word):
    assert workrepeat._fold(word) == _unicode_fold(word)


def test_an_earlier_reference_asked_again_gives_the_same_answer():
    earlier = [("3:1", {"authors": "P. Kennedy", "title": "The Rise and Fall of the Great Powers: Economic Change",
                        "raw": "P. Kennedy, The Rise and Fall of the Great Powers (London, 1988), p. 12."})]
    answers = [(repeats_work("Kennedy, Rise and Fall of the Great Powers.", earlier),
                repeats_work("Kennedy, however, disagrees.", earlier),
                work_again("Kennedy, The Rise and Fall, p. 4.", earlier)) for _ in range(3)]
    assert answers[0][:2] == (True, False) and answers.count(answers[0]) == 3
