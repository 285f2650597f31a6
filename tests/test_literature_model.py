"""The learned reference reader: labels from gold, training, reading, repeats and the merge with the rule parser."""

from __future__ import annotations

import pandas as pd
import pytest

from histkit.literature import label_notes, model_references, references_of, tag, tokenize, train, trimmed
from histkit.literature.gold import gold_fields
from histkit.literature.choose import choose
from histkit.literature.merge import printed_twice, repeated_twice, with_model_references
from histkit.literature.usable import usable
from histkit.literature.repeats import repeated

TRAIN = [
    ("1", "Vgl. N. Luhmann, Rechtssoziologie, Reinbek 1972, 239.",
     {"author": [("Luhmann", "Niklas")], "title": ["Rechtssoziologie"], "place": ["Reinbek"], "year": ["1972"],
      "pages": ["239"]}),
    ("2", "Siehe G. Teubner, Recht als autopoietisches System, Frankfurt 1989, 12.",
     {"author": [("Teubner", "Gunther")], "title": ["Recht als autopoietisches System"], "place": ["Frankfurt"],
      "year": ["1989"], "pages": ["12"]}),
    ("3", "Dazu M. Weber, Wirtschaft und Gesellschaft, Tübingen 1922, 45.",
     {"author": [("Weber", "Max")], "title": ["Wirtschaft und Gesellschaft"], "place": ["Tübingen"], "year": ["1922"],
      "pages": ["45"]}),
    ("4", "Das bleibt offen, wie oben gesagt wurde.", None),
]


def _labelled():
    notes = [(no, text) for no, text, _ in TRAIN]
    gold = [dict(g, note=no) for no, _, g in TRAIN if g]
    return label_notes(notes, gold)[0]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    # no L1 penalty: on four notes the model should keep what each of them taught it
    return train(_labelled(), tmp_path_factory.mktemp("crf") / "m.crfsuite", {"c1": 0.0})


def test_gold_fields_are_labelled_where_the_note_prints_them():
    note = _labelled()[1]
    labels = dict(zip((t.text for t in tokenize(note["text"])), note["labels"]))
    assert (labels["Siehe"], labels["G"], labels["Teubner"], labels["autopoietisches"], labels["1989"]) == \
        ("out", "B-author", "author", "title", "year")


def test_a_gold_reference_not_in_its_note_labels_nothing_and_is_counted():
    done, counts = label_notes([("1", "Only prose here.")], [{"note": "1", "title": ["Rechtssoziologie"]}])
    assert counts["aligned"] == 0 and done == []


def test_gold_without_note_links_is_found_in_document_order():
    notes = [("1", "Prose."), ("2", "N. Luhmann, Rechtssoziologie, 1972.")]
    done, counts = label_notes(notes, [{"author": [("Luhmann", "")], "title": ["Rechtssoziologie"], "year": ["1972"]}])
    assert counts["aligned"] == 1 and [d["note_no"] for d in done] == ["2"]


def test_gold_without_note_links_listed_out_of_order_is_found_in_an_earlier_note():
    notes = [("1", "N. Luhmann, Rechtssoziologie, 1972."), ("2", "G. Teubner, Recht als System, 1989."),
             ("3", "Prose.")]
    gold = [{"author": [("Teubner", "")], "title": ["Recht als System"], "year": ["1989"]},
            {"author": [("Luhmann", "")], "title": ["Rechtssoziologie"], "year": ["1972"]}]
    done, counts = label_notes(notes, gold)
    assert counts["aligned"] == 2 and [d["labels"][0] for d in done] == ["B-author", "B-author"]


def test_trimming_keeps_the_reference_and_cuts_long_prose_before_it():
    note = {"text": "Eine lange Bemerkung ohne jede Quelle hier. Luhmann, Recht, 1972.",
            "labels": ["out"] * 8 + ["B-author", "other", "title", "other", "year", "out"]}
    cut = trimmed(note, 1)
    assert cut["text"] == ". Luhmann, Recht, 1972." and cut["labels"][1] == "B-author"


def test_the_gold_reader_keeps_editors_and_the_container_of_an_article():
    tei = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listBibl><biblStruct source="fn4"><analytic>'
           '<title level="a">Arbeit als Handeln</title></analytic><monogr><title level="m">Handbuch</title>'
           '<editor><persName><surname>Voß</surname></persName></editor></monogr></biblStruct></listBibl></standOff></TEI>')
    ref = gold_fields(tei)[0]
    assert (ref["note"], ref["title"], ref["container"], ref["editor"]) == ("4", ["Arbeit als Handeln"], ["Handbuch"],
                                                                           [("Voß", "")])


def test_a_model_trained_on_a_few_notes_reads_a_new_one(tiny_model):
    labels = tag("Vgl. K. Marx, Das Kapital, Hamburg 1867, 33.", tiny_model)
    ref = references_of("Vgl. K. Marx, Das Kapital, Hamburg 1867, 33.", labels)[0]
    assert (ref["authors"], ref["year"]) == ("K. Marx", "1867")


def test_training_twice_on_the_same_notes_gives_the_same_model(tmp_path):
    first = train(_labelled(), tmp_path / "a.crfsuite").read_bytes()
    assert train(_labelled(), tmp_path / "b.crfsuite").read_bytes() == first


def test_labels_begin_a_new_reference_at_each_b_label():
    text = "Luhmann, Recht; Weber, Wirtschaft."
    labels = ["B-author", "other", "title", "out", "B-author", "other", "title", "out"]
    assert [r["title"] for r in references_of(text, labels)] == ["Recht", "Wirtschaft"]


def test_an_author_after_a_semicolon_and_another_field_begins_a_new_reference():
    text = "Jacobs, Labour, 129; vgl. Schlachter, Streiks."
    labels = ["B-author", "other", "title", "other", "pages", "other", "other", "other", "author", "other", "title",
              "out"]
    assert [r["authors"] for r in references_of(text, labels)] == ["Jacobs", "Schlachter"]


def test_an_author_after_a_full_stop_that_ends_another_field_begins_a_new_reference():
    text = "Flecker, Arbeit (2017), 9-44. Böhle, Handeln."
    labels = ["B-author", "other", "title", "other", "year", "other", "other", "pages", "pages", "pages", "other",
              "author", "other", "title", "out"]
    assert [r["authors"] for r in references_of(text, labels)] == ["Flecker", "Böhle"]


def test_an_author_after_an_initial_stays_in_the_reference():
    text = "Luhmann, Recht, hg. v. N. Luhmann."
    labels = ["B-author", "other", "title", "other", "other", "other", "other", "other", "author", "author", "author",
              "out"]
    assert [r["authors"] for r in references_of(text, labels)] == ["Luhmann"]


def test_authors_after_a_semicolon_without_another_field_stay_one_reference():
    text = "Jacobs; Schlachter, Streiks."
    labels = ["B-author", "author", "author", "other", "title", "out"]
    assert [r["authors"] for r in references_of(text, labels)] == ["Jacobs; Schlachter"]


def test_the_year_read_is_its_first_year_as_the_rules_give_it():
    text = "Wiethölter, Rechtswissenschaft, 1968/1986."
    labels = ["B-author", "other", "title", "other", "year", "year", "year", "out"]
    assert references_of(text, labels)[0]["year"] == "1968"


def test_the_model_reads_every_note_of_a_table(tiny_model):
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"],
                          "text": ["Vgl. K. Marx, Das Kapital, Hamburg 1867, 33.", ""]})
    found = model_references(notes, tiny_model)
    assert found.note_no.tolist() == ["1"] and found.seq.tolist() == [1]


def test_supra_note_repeats_the_reference_of_that_note():
    earlier = [("3:1", "3", {"authors": "Alschuler", "raw": "Alschuler, Rediscovering Blackstone"})]
    assert repeated({"authors": "Alschuler", "raw": "Alschuler, supra note 3, at 5"}, earlier) == "3:1"


def _rule_row(raw: str, seq: int = 1) -> dict:
    return {"doc_id": "d", "note_no": "1", "seq": seq, "authors": "", "title": raw, "container": "", "volume": "",
            "issue": "", "place": "", "publisher": "", "year": "", "pages": "", "script": "Latin", "raw": raw,
            "ref_of": ""}


def test_a_rule_row_stays_where_the_model_reads_nothing(tiny_model):
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["Das bleibt offen, wie oben gesagt wurde."]})
    rule = dict(_rule_row("Das bleibt offen"), authors="Weber")
    merged = with_model_references(pd.DataFrame([rule]), notes, model=tiny_model)
    assert merged[["seq", "title", "source"]].values.tolist() == [[1, "Das bleibt offen", "rules"]]


def test_a_rule_row_naming_only_a_title_without_a_year_is_left_out(tiny_model):
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["Alcune citazioni sono in: Diritto e tempo, 73."]})
    rule = _rule_row("Alcune citazioni sono in: Diritto e tempo, 73")
    assert with_model_references(pd.DataFrame([rule]), notes, model=tiny_model).empty


def test_a_rule_row_naming_only_a_short_title_repeats_the_work_cited_in_full_before(tiny_model):
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"],
                          "text": ["Das bleibt offen, wie gesagt wurde.", "Kujawy w dobie zaborów, t. 2, s. 320."]})
    rules = pd.DataFrame([dict(_rule_row("Das bleibt offen"), authors="Pilecki", title="Kujawy w dobie zaborów, t. 1",
                               year="1999"),
                          dict(_rule_row("Kujawy w dobie zaborów, t. 2, s. 320"), note_no="2",
                               title="Kujawy w dobie zaborów")])
    merged = with_model_references(rules, notes, model=tiny_model)
    assert merged[["note_no", "ref_of"]].values.tolist() == [["1", ""], ["2", "1:1"]]


def test_a_reference_a_note_prints_twice_in_two_languages_is_one_row(tiny_model):
    text = "Vgl. Jhering, Unsere Aufgabe, 1857, 2. Cf. Jhering, Unsere Aufgabe (1857), 2."
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    rows = [dict(_rule_row(raw, seq), authors="Jhering", title="Unsere Aufgabe", year="1857")
            for seq, raw in ((1, "Jhering, Unsere Aufgabe, 1857, 2"), (2, "Jhering, Unsere Aufgabe (1857), 2"))]
    merged = with_model_references(pd.DataFrame(rows), notes, model=tiny_model)
    assert merged.seq.tolist() == [1]


def _printings(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": "d", "note_no": "1", "authors": authors, "title": title, "year": year,
                          "ref_of": "", "raw": raw} for authors, title, year, raw in rows])


def test_a_reference_printed_twice_after_other_lead_words_is_one_row():
    refs = _printings(("Domenico Siciliano", "Juristen sind nicht von Kant", "2019",
                       "Dazu eingehend Domenico Siciliano, Juristen sind nicht von Kant, 2019"),
                      ("details, Domenico Siciliano", "Juristen sind nicht von Kant", "2019",
                       "For more details, Domenico Siciliano, Juristen sind nicht von Kant, 2019"))
    assert printed_twice(refs).tolist() == [False, True]


def test_a_reference_printed_twice_read_once_with_authors_and_once_as_a_title_is_one_row():
    refs = _printings(("RW 250", "Sozialwissenschaftliche Modelle im Wirtschaftsrecht", "1985",
                       "RW 250, Sozialwissenschaftliche Modelle im Wirtschaftsrecht, 1985"),
                      ("", "RW 250, Sozialwissenschaftliche Modelle im Wirtschaftsrecht", "",
                       "RW 250, Sozialwissenschaftliche Modelle im Wirtschaftsrecht, 1985"))
    assert printed_twice(refs).tolist() == [False, True]


def test_a_printing_cut_before_its_year_is_the_same_reference_as_the_dated_one():
    refs = _printings(("Michael Blecher", "Geschichte und Eigensinn", "",
                       "sowie ders., Geschichte und Eigensinn, in: Politische Rechtstheorie, ZERP 1/2013, 31-43"),
                      ("Blecher", "Geschichte und Eigensinn", "", "as well as Blecher, Geschichte und Eigensinn, in: Pol"))
    assert printed_twice(refs).tolist() == [False, True]


def test_a_repeat_a_note_prints_in_both_languages_is_one_row():
    refs = pd.DataFrame({"doc_id": ["d"] * 3, "note_no": ["40"] * 3, "ref_of": ["32:1", "32:1", "31:1"],
                         "raw": ["Eingehend Siciliano (Fn. 32)", "In detail, Siciliano (fn. 32)", "Weber (fn. 31)"]})
    assert repeated_twice(refs).tolist() == [False, True, False]


def test_two_works_of_one_author_and_year_in_a_note_stay_two_rows(tiny_model):
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["Weber, Politik, 1919; Weber, Wissenschaft, 1919."]})
    rows = [dict(_rule_row(title, seq), authors="Weber", year="1919") for seq, title in ((1, "Politik"), (2, "Wissenschaft"))]
    merged = with_model_references(pd.DataFrame(rows), notes, model=tiny_model)
    assert merged.title.tolist() == ["Politik", "Wissenschaft"]


def test_the_model_reads_no_reference_where_the_rules_read_an_archival_citation(tiny_model):
    text = "Vgl. K. Marx, Das Kapital, Hamburg 1867, 33."
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    citations = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "seq": [1], "kind": ["archival"],
                              "char_start": [0], "char_end": [len(text)]})
    merged = with_model_references(pd.DataFrame(columns=list(_rule_row(""))), notes, citations, model=tiny_model)
    assert merged.empty


def test_the_model_adds_a_reference_the_rules_did_not_find_after_the_notes_citations(tiny_model):
    text = "Vgl. K. Marx, Das Kapital, Hamburg 1867, 33."
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    citations = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "seq": [1], "kind": ["unparsed"],
                              "char_start": [0], "char_end": [3]})
    merged = with_model_references(pd.DataFrame(columns=list(_rule_row(""))), notes, citations, model=tiny_model)
    assert merged[["seq", "authors", "source"]].values.tolist() == [[2, "K. Marx", "model"]]


def test_a_rule_row_that_keeps_its_lead_word_is_the_same_reference_as_the_models(tiny_model):
    text = "Vgl. K. Marx, Das Kapital, Hamburg 1867, 33."
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    rule = dict(_rule_row(text), title="Vgl. K. Marx, Das Kapital")  # the rules read no author, the model does
    merged = with_model_references(pd.DataFrame([rule]), notes, model=tiny_model)
    assert merged[["seq", "authors", "year", "source"]].values.tolist() == [[1, "K. Marx", "1867", "model"]]


def test_on_a_tie_the_rule_row_stays_and_takes_the_models_year_printed_after_its_title():
    rule = dict(_rule_row("Kellner, Der Giftschrank, 2002, S. 1"), authors="Kellner", title="Der Giftschrank, 2002")
    model = dict(rule, title="", year="2002", source="model")
    chosen = choose(rule, model)
    assert (chosen["year"], chosen["title"], chosen["source"]) == ("2002", "Der Giftschrank, 2002", "rules")


def test_the_models_reading_replaces_a_rule_row_that_took_the_author_for_the_title():
    rule = dict(_rule_row("Steinhauer/Höhner, IWP 65 (2014), 25"), title="Steinhauer/Höhner", year="2014")
    model = dict(rule, authors="Steinhauer/Höhner", title="", container="IWP", source="model")
    chosen = choose(rule, model)
    assert (chosen["authors"], chosen["container"], chosen["source"]) == ("Steinhauer/Höhner", "IWP", "model")


def test_the_name_the_rules_took_for_the_title_is_not_the_models_title():
    rule = dict(_rule_row("Antoine de Saint-Exupéry, Nachtflug, 1955"), title="Antoine de Saint-Exupéry", year="1955")
    model = dict(rule, authors="Antoine de Saint-Exupéry", title="", container="Nachtflug", source="model")
    assert choose(rule, model)["title"] == ""


def test_a_rule_row_whose_title_the_model_reads_as_authors_with_only_a_place_after_stays():
    rule = dict(_rule_row("Römische Religionsgeschichte, München 1960"), title="Römische Religionsgeschichte",
                place="München", year="1960")
    model = dict(rule, authors="Römische Religionsgeschichte", title="", source="model")
    assert choose(rule, model)["source"] == "rules"


def test_on_a_tie_a_year_inside_the_rules_title_is_not_taken_for_the_works():
    rule = dict(_rule_row("Milić, Politika (1944–1954), 12"), authors="Milić", title="Politika (1944–1954)")
    assert choose(rule, dict(rule, title="", year="1944"))["year"] == ""


def test_a_rule_row_whose_title_swallowed_the_words_before_the_author_gives_way_to_the_models(tiny_model):
    text = "Wie oben gesagt bei K. Marx, Das Kapital, Hamburg 1867, 33."
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    rule = dict(_rule_row(text), title="Wie oben gesagt bei K. Marx, Das Kapital", place="Hamburg", year="1867")
    merged = with_model_references(pd.DataFrame([rule]), notes, model=tiny_model)
    assert merged[["seq", "authors", "title", "place", "source"]].values.tolist() == [
        [1, "K. Marx", "Das Kapital", "Hamburg", "model"]]


def test_a_rule_row_whose_authors_begin_where_the_models_reading_begins_is_the_same_reference(tiny_model):
    text = "Wie oben gesagt bei K. Marx, Das Kapital, Hamburg 1867, 33."
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    rule = dict(_rule_row(text), authors="K. Marx", title="Das Kapital")  # the lead words are on no word list
    merged = with_model_references(pd.DataFrame([rule]), notes, model=tiny_model)
    assert merged[["seq", "authors", "year", "source"]].values.tolist() == [[1, "K. Marx", "1867", "model"]]


def test_the_models_reading_replaces_a_rule_row_whose_authors_ran_on_into_the_title():
    rule = dict(_rule_row("Peter King, Crime, justice and discretion, Oxford 2000"), authors="Peter King, Crime",
                title="justice and discretion", year="2000")
    model = dict(rule, authors="Peter King", title="Crime, justice and discretion", place="Oxford", source="model")
    chosen = choose(rule, model)
    assert (chosen["authors"], chosen["title"], chosen["source"]) == ("Peter King", "Crime, justice and discretion", "model")


def test_a_rule_row_naming_two_authors_stays_when_the_model_reads_the_second_as_its_title():
    rule = dict(_rule_row("Elena Aga Rossi, Victor Zaslavsky, Togliatti e Stalin, 2007"),
                authors="Elena Aga Rossi, Victor Zaslavsky", title="Togliatti e Stalin", year="2007")
    model = dict(rule, authors="Elena Aga Rossi", title="Victor Zaslavsky, Togliatti e Stalin", place="Bologna")
    assert choose(rule, model)["authors"] == "Elena Aga Rossi, Victor Zaslavsky"


def test_a_model_reading_whose_place_is_a_web_address_needs_an_author_and_a_title():
    found = pd.DataFrame({"confidence": [0.9, 0.9, 0.9], "authors": ["", "N.M. STAT", "Braun"],
                          "title": ["Pub. L", "", "Die Reformen"], "year": ["1978", "2021", "2019"],
                          "place": ["https://perma.cc/G75R", "https://nmonesource.com", "https://www.bundesarchiv.de"],
                          "raw": ["Pub. L. No. 95-561 (1978)", "N.M. STAT. ANN. § 29-7-14 (2021)", "Braun, Die Reformen"]})
    assert usable(found).tolist() == [False, False, True]


def test_the_models_reading_replaces_a_rule_row_whose_title_ran_on_into_the_next_sentence():
    rule = dict(_rule_row("Barnhewer, Der Firmentarifvertrag (2006). Die Zulässigkeit. Vgl Rebhahn, ZEuP 2002"),
                authors="Barnhewer", title="Der Firmentarifvertrag (2006). Die Zulässigkeit. Vgl Rebhahn", year="2002")
    model = dict(rule, title="Der Firmentarifvertrag", year="2006", source="model")
    chosen = choose(rule, model)
    assert (chosen["title"], chosen["year"], chosen["source"]) == ("Der Firmentarifvertrag", "2006", "model")


def test_a_rule_title_ending_in_the_span_of_years_it_names_stays():
    rule = dict(_rule_row("Peyrache, Les Cheminots du PLM, 1890-1939, Paris 1985"), authors="Peyrache",
                title="Les Cheminots du PLM, 1890-1939", year="1985")
    assert choose(rule, dict(rule, title="Les Cheminots du PLM", year="1890"))["year"] == "1985"
