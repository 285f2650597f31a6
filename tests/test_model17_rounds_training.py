"""The literature model can learn from the reference rounds too: their articles, their gold without repeats, weights."""

from __future__ import annotations

import pytest
from conftest import load_script

from histkit.literature.model import input_digest

train_script = load_script("train_literature_model")

TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0">'
ARTICLE = (f'{TEI}<text><body><p>Text.<note place="foot" n="1">Vgl. Weber, Wirtschaft, Tübingen 1922, 12.</note>'
           'More.<note place="foot" n="2">Ebd., 14.</note></p></body></text></TEI>')
GOLD = (f'{TEI}<standOff><listBibl>'
        '<biblStruct xml:id="b1" source="fn1"><monogr><author><persName><surname>Weber</surname></persName></author>'
        '<title level="m">Wirtschaft</title><imprint><pubPlace>Tübingen</pubPlace><date>1922</date></imprint>'
        '</monogr><citedRange>12</citedRange></biblStruct>'
        '<biblStruct xml:id="b2" source="fn2" type="repeat"><monogr><title level="m"/></monogr>'
        '<citedRange>14</citedRange><relatedItem type="repeats" target="#b1"/></biblStruct>'
        '</listBibl></standOff></TEI>')


@pytest.fixture
def rounds(tmp_path):
    """Two rounds of one article each, the second in a language written with a two-letter code and a digit."""
    for name, stem in (("round1", "de1-armen"), ("round2", "sw2-kahawa")):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{stem}.xml").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / name / f"{stem}.gold.xml").write_text(GOLD, encoding="utf-8")
    return tmp_path


def test_a_rounds_article_is_named_by_its_round_and_stem_with_the_language_of_its_stem(rounds):
    found = train_script.round_articles(["round2", "round1"], rounds)
    assert [(doc_id, language) for doc_id, _, language in found] == [("round2/sw2-kahawa", "sw"),
                                                                     ("round1/de1-armen", "de")]


def test_a_misspelt_round_stops_the_training(rounds):
    with pytest.raises(SystemExit):
        train_script.round_articles(["round3"], rounds)


def test_the_repeat_gold_is_left_out_of_the_training_labels():
    assert [(ref["note"], ref["title"]) for ref in train_script.full_gold(GOLD.encode())] == [("1", ["Wirtschaft"])]


def test_a_rounds_notes_are_read_from_its_tei_and_labelled_without_the_repeat(rounds, tmp_path):
    found = train_script.round_articles(["round1"], rounds)
    notes = train_script.round_notes(found, tmp_path / "notes.pkl")
    data, counts = train_script.labelled(notes, found, train_script.full_gold)
    assert list(notes.doc_id) == ["round1/de1-armen"] * 2 and list(notes.note_no.astype(str)) == ["1", "2"]
    assert counts[["gold", "aligned"]].values.tolist() == [[1, 1]]
    second = [n for n in data["round1/de1-armen"] if n["note_no"] == "2"]
    assert all(set(n["labels"]) == {"out"} for n in second)


def test_a_weight_counts_an_articles_notes_that_many_times():
    data = {"a": [{"text": "A", "labels": ["out"]}], "b": [{"text": "B", "labels": ["out"]}]}
    assert [n["text"] for n in train_script.training_notes(data, {"a": 3}, but={"b"})] == ["A", "A", "A"]


NOTES = {"a": [{"text": "Vgl. Luhmann, Recht, 1972.",
                "labels": ["out", "out", "B-author", "other", "title", "other", "year", "out"]}],
         "r/b": [{"text": "Weber, Wirtschaft, 1922.", "labels": ["B-author", "other", "title", "other", "year", "out"]}],
         "r/c": [{"text": "Ebd., 12.", "labels": ["out", "out", "out", "out", "out"]}]}
DIGESTS = {d: input_digest(n) for d, n in NOTES.items()}


def test_a_fold_model_is_not_reused_when_the_weights_change(tmp_path):
    plain = train_script.fold_model("r/c", NOTES, tmp_path, DIGESTS)
    assert train_script.fold_model("r/c", NOTES, tmp_path, DIGESTS, {"a": 2}) != plain


def test_a_fold_model_can_leave_out_several_articles_a_whole_round(tmp_path):
    path = train_script.fold_model(("r/b", "r/c"), NOTES, tmp_path, DIGESTS)
    assert path.name.startswith("r_b-r_c-") and path != train_script.fold_model("r/c", NOTES, tmp_path, DIGESTS)
