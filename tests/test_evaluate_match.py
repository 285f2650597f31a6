"""Matching predicted references to gold: surname and year or a similar title, one-to-one, within the same note."""

import pandas as pd

from histkit.evaluate import evaluate_references, gold_scope, match_references

COLUMNS = ["doc_id", "note_no", "authors", "title", "container", "year", "volume", "pages"]


def table(*rows) -> pd.DataFrame:
    """A gold or predicted table from (note_no, authors, title, year) tuples of article "a" (other fields empty)."""
    return pd.DataFrame([{"doc_id": "a", "note_no": note, "authors": authors, "title": title, "container": "",
                          "year": year, "volume": "", "pages": ""} for note, authors, title, year in rows], columns=COLUMNS)


GOLD = table(("1", "Luhmann", "Rechtssoziologie", "1972"), ("2", "Flecker", "Arbeit und Beschäftigung", "2017"))


def scores(gold, predicted):
    return evaluate_references(gold, predicted).articles.iloc[0]


def test_predictions_equal_to_the_gold_score_one():
    row = scores(GOLD, table(("1", "Niklas Luhmann", "Rechtssoziologie", "1972"),
                             ("2", "J. Flecker", "Arbeit und Beschäftigung", "2017")))
    assert (row.precision, row.recall, row.f1) == (1.0, 1.0, 1.0)


def test_a_missing_reference_lowers_recall_only():
    row = scores(GOLD, table(("1", "Niklas Luhmann", "Rechtssoziologie", "1972")))
    assert (row.precision, row.recall) == (1.0, 0.5)


def test_an_extra_reference_lowers_precision_only():
    row = scores(GOLD, table(("1", "Niklas Luhmann", "Rechtssoziologie", "1972"),
                             ("2", "J. Flecker", "Arbeit und Beschäftigung", "2017"),
                             ("2", "Marie Jahoda", "Wieviel Arbeit braucht der Mensch?", "1983")))
    assert (row.precision, row.recall) == (2 / 3, 1.0)


def test_surname_and_year_match_though_the_title_is_cut_short():
    found = match_references(GOLD, table(("1", "N. Luhmann", "Rechtssoz.", "1972")))
    assert found.matched_by.tolist()[:1] == ["surname+year"]


def test_a_similar_title_matches_without_author_or_year():
    found = match_references(GOLD, table(("2", "", "Arbeit und Beschaeftigung", "")))
    assert found[found.outcome == "tp"].matched_by.tolist() == ["title"]


def test_a_surname_with_another_year_and_another_title_does_not_match():
    found = match_references(GOLD, table(("1", "Niklas Luhmann", "Soziale Systeme", "1984")))
    assert sorted(found.outcome) == ["fn", "fn", "fp"]


def test_two_predictions_cannot_both_match_one_gold_reference():
    found = match_references(table(("1", "Luhmann", "Rechtssoziologie", "1972")),
                             table(("1", "Luhmann", "Rechtssoziologie", "1972"), ("1", "Luhmann", "Rechtssoziologie", "")))
    assert sorted(found.outcome) == ["fp", "tp"]
    assert found[found.outcome == "tp"].pred_row.tolist() == [0]  # the better pair: surname, year and title


def test_one_prediction_cannot_match_two_gold_references():
    gold = table(("1", "Luhmann", "Rechtssoziologie", "1972"), ("1", "Luhmann", "Rechtssoziologie", "1972"))
    found = match_references(gold, table(("1", "Luhmann", "Rechtssoziologie", "1972")))
    assert sorted(found.outcome) == ["fn", "tp"]


def test_a_reference_in_another_note_does_not_match():
    found = match_references(GOLD, table(("3", "Niklas Luhmann", "Rechtssoziologie", "1972")))
    assert "tp" not in set(found.outcome)


def test_note_numbers_align_whatever_their_leading_zeros():
    found = match_references(GOLD, table(("01", "Niklas Luhmann", "Rechtssoziologie", "1972")))
    assert found.outcome.tolist()[0] == "tp"


def test_a_gold_reference_tied_to_no_note_matches_a_prediction_in_any_note():
    gold = table(("", "Luhmann", "Rechtssoziologie", "1972"))
    found = match_references(gold, table(("17", "Niklas Luhmann", "Rechtssoziologie", "1972")))
    assert found.outcome.tolist() == ["tp"]


def test_pairs_in_the_same_note_are_matched_before_pairs_across_notes():
    gold = table(("", "Luhmann", "Rechtssoziologie", "1972"), ("5", "Luhmann", "Rechtssoziologie", "1972"))
    found = match_references(gold, table(("5", "Niklas Luhmann", "Rechtssoziologie", "1972")))
    assert found[found.outcome == "tp"].gold_row.tolist() == [1]


def test_references_of_another_article_never_match():
    other = table(("1", "Niklas Luhmann", "Rechtssoziologie", "1972")).assign(doc_id="b")
    found = match_references(GOLD, other)
    assert "tp" not in set(found.outcome)


def test_predictions_after_the_last_note_the_gold_covers_are_out_of_scope():
    predicted = table(("2", "J. Flecker", "Arbeit und Beschäftigung", "2017"), ("90", "Marie Jahoda", "Marienthal", "1933"))
    assert gold_scope(predicted, GOLD).tolist() == [True, False]
    row = scores(GOLD, predicted)
    assert (row.predicted, row.out_of_scope, row.precision) == (1, 1, 1.0)


def test_predictions_for_an_article_without_gold_are_not_scored():
    predicted = pd.concat([table(("1", "N. Luhmann", "Rechtssoziologie", "1972")),
                           table(("1", "X", "Y", "2000")).assign(doc_id="elsewhere")], ignore_index=True)
    assert evaluate_references(GOLD, predicted).articles.doc_id.tolist() == ["a"]
