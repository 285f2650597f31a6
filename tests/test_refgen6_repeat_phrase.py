"""A repeat in words no list holds and of no abbreviation's shape (`Name, qarvo vyllbok, s. 60`: "the work cited"), read
by the work it would shorten: the author's one work cited before, whose title shares no word with the phrase."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.repeatphrase import repeats_the_one_work


def test_a_short_phrase_sharing_no_word_with_the_author_s_one_work_repeats_it():
    assert repeats_the_one_work("qarvo vyllbok", {"Yllbok för Stada"})


def test_a_phrase_sharing_a_word_with_the_title_is_a_short_title_not_a_repeat_word():
    assert not repeats_the_one_work("Yllbok", {"Yllbok för Stada"})


def test_an_author_with_two_works_cited_is_not_guessed_at():
    assert not repeats_the_one_work("qarvo vyllbok", {"Yllbok för Stada", "Tryqkeri"})


def test_a_phrase_of_four_words_is_no_repeat_word():
    assert not repeats_the_one_work("qarvo vyllbok qorn tryq", {"Yllbok för Stada"})


def test_a_title_shortened_with_an_ellipsis_is_no_repeat_word():
    assert not repeats_the_one_work("Kobiety w…", {"Yllbok för Stada"})


def test_the_repeat_points_to_the_author_s_work_and_takes_its_title_and_year():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"],
                          "text": ["Jan Qarvo, Yllbok för Stada, Qorn: Tryqkeri, 1916, s. 12.",
                                   "Qarvo, qarvo vyllbok, s. 60."]})
    refs = extract_citations(notes).references
    assert refs[["note_no", "authors", "title", "year", "ref_of"]].values.tolist() == [
        ["1", "Jan Qarvo", "Yllbok för Stada", "1916", ""], ["2", "Qarvo", "Yllbok för Stada", "1916", "1:1"]]
