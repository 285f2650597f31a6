"""A reading of the model whose author is a word opening a sentence of prose (`Moreover, the standing of …`) is not
a reference."""

import pandas as pd

from histkit.literature.usable import usable


def test_a_sentence_adverb_read_as_the_author_of_prose_is_not_used():
    found = pd.DataFrame({"confidence": [0.9, 0.9], "authors": ["Moreover", "Rebhahn"], "title": ["", "Streikrecht"],
                          "year": ["2021", "2008"], "place": ["", ""],
                          "raw": ["Moreover, the standing of associations is recognised, Judgment of 2021",
                                  "Rebhahn, Streikrecht, wbl 2008, 63"]})
    assert usable(found).tolist() == [False, True]


def test_a_title_opening_with_a_word_and_an_article_in_small_letters_is_prose():
    found = pd.DataFrame({"confidence": [0.9, 0.9], "authors": ["Note", "Note"],
                          "title": ["that a referral by the Council does not entail a finding", "Sur la route"],
                          "year": ["2008", "2008"], "place": ["", ""],
                          "raw": ["Note, however, that a referral by the Council does not entail a finding, 2008",
                                  "Note, Sur la route, 2008"]})
    assert usable(found).tolist() == [False, True]
