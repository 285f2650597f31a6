"""Field accuracy of matched references, strict and soft, and micro-averages over articles."""

import pandas as pd

from histkit.evaluate import evaluate_references, field_agrees, fold, micro_average

COLUMNS = ["doc_id", "note_no", "authors", "title", "container", "year", "volume", "pages"]


def one(**fields) -> pd.DataFrame:
    row = {"doc_id": "a", "note_no": "1", "authors": "Böhle", "title": "Arbeit als Handeln", "container": "",
           "year": "2010", "volume": "", "pages": ""}
    return pd.DataFrame([{**row, **fields}], columns=COLUMNS)


def agreement(gold: pd.DataFrame, predicted: pd.DataFrame) -> dict:
    fields = evaluate_references(gold, predicted).fields
    return {f: (s, o) for f, s, o in zip(fields.field, fields.strict, fields.soft)}


def test_a_title_differing_only_in_case_and_punctuation_is_soft_but_not_strict():
    assert agreement(one(), one(title="arbeit als Handeln."))["title"] == (False, True)


def test_white_space_alone_does_not_make_a_strict_difference():
    assert agreement(one(), one(title=" Arbeit  als\nHandeln"))["title"] == (True, True)


def test_a_title_a_fifth_different_is_still_soft_but_one_much_longer_is_not():
    gold = one(title="Die ältesten päpstlichen Staatshandbücher")
    assert field_agrees("title", gold.title[0], "Die aeltesten paepstlichen Staatshandbuecher", soft=True)
    assert not field_agrees("title", gold.title[0], gold.title[0] + ". Elenchus Congregationum 1629-1714, Rom",
                            soft=True)


def test_diacritics_are_folded_in_soft_comparison_only():
    assert fold("Čolaković Böhle Straße") == "colakovic bohle strasse"
    assert agreement(one(authors="Böhle"), one(authors="Fritz Bohle"))["authors"] == (False, True)


def test_authors_agree_only_when_the_persons_are_as_many_as_the_gold_names():
    assert agreement(one(authors="Böhle; Voß"), one(authors="F. Böhle and G. Voß"))["authors"] == (True, True)
    assert agreement(one(authors="Böhle; Voß"), one(authors="F. Böhle"))["authors"] == (False, False)


def test_soft_pages_agree_on_the_first_page_strict_pages_on_the_whole_string():
    assert agreement(one(pages="151-176, 160"), one(pages="151–176"))["pages"] == (False, True)
    assert agreement(one(pages="151-176"), one(pages="152-176"))["pages"] == (False, False)


def test_only_fields_the_gold_gives_are_counted():
    assert set(agreement(one(container=""), one(container="Handbuch Arbeitssoziologie"))) == {"authors", "title", "year"}


def test_a_field_left_empty_by_the_prediction_is_wrong_both_ways():
    assert agreement(one(container="Handbuch"), one(container=""))["container"] == (False, False)


def test_micro_averages_add_the_counts_of_two_articles_before_dividing():
    gold = pd.concat([one(), one(doc_id="b", note_no="1"), one(doc_id="b", note_no="2", title="Zweiter Titel"),
                      one(doc_id="b", note_no="3", title="Dritter Titel")], ignore_index=True)
    predicted = pd.concat([one(), one(doc_id="b", note_no="1", title="arbeit als handeln")], ignore_index=True)
    articles = pd.DataFrame({"doc_id": ["a", "b"], "language": ["de", "de"]})
    result = evaluate_references(gold, predicted, articles)
    assert result.articles.recall.tolist() == [1.0, 1 / 3]
    overall = micro_average(result.articles)
    assert (overall.gold[0], overall.matched[0], overall.recall[0]) == (4, 2, 0.5)  # not (1 + 1/3) / 2
    titles = micro_average(result.field_accuracy, "language").set_index("field").loc["title"]
    assert (titles.n, titles.strict, titles.soft) == (2, 0.5, 1.0)


def test_micro_averages_by_language_keep_the_languages_apart():
    gold = pd.concat([one(), one(doc_id="b")], ignore_index=True)
    articles = pd.DataFrame({"doc_id": ["a", "b"], "language": ["de", "en"]})
    by_language = micro_average(evaluate_references(gold, one(), articles).articles, "language")
    assert dict(zip(by_language.language, by_language.recall)) == {"de": 1.0, "en": 0.0}
