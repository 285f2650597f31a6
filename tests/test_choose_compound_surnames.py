"""Judging authors against gold: a compound surname joined by `i`, `y` or `e` is one person (histkit.evaluate)."""

import pandas as pd

from histkit.evaluate import evaluate_references, field_agrees
from histkit.evaluate.compare import first_author_agrees


def test_a_catalan_compound_surname_of_the_gold_agrees_with_the_name_printed_with_it():
    assert field_agrees("authors", "Puig i Serra", "Anna Puig i Serra", soft=False)


def test_a_compound_surname_written_first_agrees_too():
    assert field_agrees("authors", "Puig i Serra", "Puig i Serra, A.", soft=True)


def test_a_croatian_and_between_two_persons_still_parts_them():
    assert field_agrees("authors", "Svetek; Repič", "Petra Svetek i Boris Repič", soft=False)
    assert not field_agrees("authors", "Svetek", "Petra Svetek i Boris Repič", soft=False)


def test_a_spanish_compound_surname_is_the_first_author_of_a_second_one_not_two_persons():
    assert first_author_agrees("Ortega y Gasset; Marías", "José Ortega y Gasset, Julián Marías")


def test_a_reference_by_a_compound_surname_matches_its_gold_by_surname_and_year():
    gold = pd.DataFrame({"doc_id": ["a"], "note_no": ["1"], "authors": ["Puig i Serra"], "title": ["Les cases de socors"],
                         "year": ["2001"]})
    pred = pd.DataFrame({"doc_id": ["a"], "note_no": ["1"], "authors": ["Anna Puig i Serra"],
                         "title": ["La ciutat obrera"], "year": ["2001"]})
    assert evaluate_references(gold, pred).alignment.matched_by.tolist() == ["surname+year"]
