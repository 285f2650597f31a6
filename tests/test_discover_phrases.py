"""Drafting actors: runs of capitalised words cut into names, institutions and abbreviations, the order of the kinds."""

import pandas as pd
from conftest import load_script

from histkit.actors import draft_actors
from histkit.actors.draft import _tier
from histkit.actors.grouping import group_forms, surname_runs
from histkit.actors.kinds import guess_kind, is_common_word
from histkit.actors.phrases import is_first_name, split_run
from histkit.read import Document
from histkit.store import build_tables


def draft(text: str) -> pd.DataFrame:
    return draft_actors(build_tables([Document.from_text(text, doc_id="d")]))


def names(text: str) -> list[str]:
    return draft(text)["name"].tolist()


def test_a_first_name_in_a_case_ending_is_a_first_name():
    assert is_first_name("Ivanom") and is_first_name("Mariji") and not is_first_name("Zagrebu")


def test_a_run_is_cut_before_a_first_name_that_follows_a_place():
    assert split_run(["Sarajevu", "Ivan", "Horvat"], ("hbs",)) == [(0, 1), (1, 3)]


def test_a_place_before_a_full_name_is_no_part_of_the_name():
    text = ("Marko Perić je pisal o tem. Ko je v Sarajevu Ivan Horvat govoril, je Horvat molčal, "
            "Ivan Horvat pa je odšel.\n")
    found = names(text)
    assert "Ivan Horvat" in found and not [n for n in found if n.startswith("Sarajevu ")]


def test_a_german_noun_phrase_through_an_article_gives_no_candidate():
    text = ("Die Aufnahme der Verhandlungen kam spät. Hans Krüger war dagegen, und Krüger schrieb an "
            "Hans Krüger einen Brief über die Aufnahme der Verhandlungen.\n")
    found = names(text)
    assert "Hans Krüger" in found and not [n for n in found if "Verhandlungen" in n or "Aufnahme" in n]


def test_a_title_between_two_names_starts_the_second():
    assert split_run(["Krügers", "Botschafter", "Weber"], ("de",)) == [(0, 1), (1, 2), (2, 3)]


def test_an_organisational_word_keeps_its_phrase_through_an_article():
    assert split_run(["Bund", "der", "Vertriebenen"], ("de",)) == [(0, 3)]


def test_an_abbreviation_after_an_article_is_an_organisation():
    text = "Die Führung der KPD lehnte ab. Hans Krüger verließ die KPD, und die KPD schwieg.\n"
    assert draft(text).set_index("name").loc["KPD", "kind"] == "organisation"


def test_a_state_abbreviation_is_a_place_after_the_persons():
    text = "The USSR protested. Ivan Horvat met Marko Perić, and the USSR gave way to the USSR's allies.\n"
    found = draft(text)
    assert found.set_index("name").loc["USSR", "kind"] == "place" and found["name"].tolist()[-1] == "USSR"


def test_an_english_institution_named_by_a_capitalised_common_noun_is_an_organisation():
    text = "The plan went to the Treasury in March. The Treasury refused, and Ivan Horvat wrote to the Treasury.\n"
    assert draft(text).set_index("name").loc["Treasury", "kind"] == "organisation"


def test_an_organisation_named_with_of_is_one_name():
    text = "The Ministry of Supply objected. Ivan Horvat saw the Ministry of Supply twice.\n"
    assert "Ministry of Supply" in names(text)


def test_an_archive_or_papers_are_other_though_a_name_is_in_them():
    assert guess_kind(["Ivan Horvat Papers"], [], False, ("en",))[0] == "other"


def test_a_place_preposition_outweighs_a_surname_used_alone():
    class At:
        before = ("met", "in")

    kind, evidence = guess_kind(["Sarajevo", "Consul Sarajevo"], [At(), At()], True, ("en",))
    assert kind == "place" and "surname" not in evidence


def test_persons_and_organisations_come_before_places_named_more_often():
    text = ("In Sarajevo, in Sarajevo and again in Sarajevo the talks went on. Ivan Horvat spoke once. "
            "The Liberal Party agreed.\n")
    kinds = draft(text)["kind"].tolist()
    assert kinds.index("place") > max(kinds.index("person"), kinds.index("organisation"))


def test_the_scorer_reports_the_share_of_the_narrative_actors_the_gold_has():
    scorer = load_script("measure_discovery")
    gold = [{"name": "Ivan Horvat", "kind": "person", "forms": "Ivan Horvat", "in_body": "1"},
            {"name": "Sarajevo", "kind": "place", "forms": "Sarajevo", "in_body": "1"}]
    figures, _ = scorer.score(gold, [], [["Ivan Horvat"], ["Sarajevo"], ["Treaty"]], 3)
    assert (figures["narrative"], figures["possible"]) == (1, 1)


def test_a_slovene_name_in_r_is_one_group_with_its_cases_in_j():
    assert group_forms(["Ivo Horber", "Horber", "Horberja", "Horberjem"], ("sl",)) == [
        ["Ivo Horber", "Horber", "Horberja", "Horberjem"]]


def test_a_slovene_possessive_adjective_in_a_long_case_joins_its_name():
    assert group_forms(["Tomo", "Tomovega"], ("sl",)) == [["Tomo", "Tomovega"]]


def test_a_first_name_alone_joins_the_one_full_name_it_begins():
    assert group_forms(["Ivo Andrić", "Ivo's", "Ana Horvat", "Ana Perić", "Ana"], ("en",)) == [
        ["Ivo Andrić", "Ivo's"], ["Ana Horvat"], ["Ana Perić"], ["Ana"]]


def test_two_surnames_in_a_row_used_alone_elsewhere_are_no_name():
    assert surname_runs(["Horvat", "Perić", "Horvat Periću", "Ivo Perić"]) == {"Horvat Periću"}


def test_a_document_type_before_a_name_in_an_archival_title_is_no_part_of_it():
    text = ("Hans Krüger schrieb oft. Krüger war in Wien.\n\n"
            "1 Politisches Archiv, Bestand 12, Telegramm Krüger, 3.5.1956.\n")
    assert not [n for n in names(text) if n.startswith("Telegramm")]


def test_several_long_words_in_capitals_are_a_heading_not_an_abbreviation():
    assert guess_kind(["TRADE AND CREDIT"], [], False, ("en",))[0] == "other"


def test_a_state_word_makes_a_place():
    assert guess_kind(["Habsburg Empire"], [], False, ("en",))[0] == "place"


def test_a_german_word_the_dictionary_reads_as_a_case_of_a_noun_is_common():
    assert is_common_word("Grundsätze", ("de",)) and not is_common_word("Adenauers", ("de",))


def test_a_cited_author_named_only_in_the_notes_comes_after_the_places():
    scholar = {"kind": "person", "body": 0, "evidence": "first name Marko; an author of cited literature"}
    actor = {"kind": "person", "body": 2, "evidence": "first name Ivan; an author of cited literature"}
    assert _tier(actor) < _tier({"kind": "place", "body": 5, "evidence": ""}) < _tier(scholar)
