"""Drafting actors: forms grouped across inflection and script, kinds with evidence, what is left out, the ranking."""

import pandas as pd
from conftest import load_script

from histkit.actors import draft_actors, draft_authority
from histkit.actors.grouping import group_forms
from histkit.actors.kinds import guess_kind, guess_languages, is_common_word
from histkit.cli import main
from histkit.read import Document
from histkit.store import build_tables


def draft(text: str) -> pd.DataFrame:
    return draft_actors(build_tables([Document.from_text(text, doc_id="d")]))


def names(text: str) -> list[str]:
    return draft(text)["name"].tolist()


# --- grouping ----------------------------------------------------------------------------------------

def test_inflected_and_cyrillic_forms_of_a_surname_are_one_group():
    assert group_forms(["Kardelj", "Kardelja", "Kardeljem", "Кардељ"], ("hbs",)) == [
        ["Kardelj", "Kardelja", "Kardeljem", "Кардељ"]]


def test_cases_of_a_common_noun_are_one_group_by_their_lemma():
    assert group_forms(["Vlada", "Vlade", "Vladi"], ("hbs",)) == [["Vlada", "Vlade", "Vladi"]]


def test_a_surname_alone_joins_the_one_full_name_that_ends_with_it():
    assert group_forms(["Max Buset", "Buset", "Busetom"], ("en",)) == [["Max Buset", "Buset", "Busetom"]]


def test_a_word_that_ends_two_different_names_stays_alone():
    groups = group_forms(["Western Europe", "Eastern Europe", "Europe"], ("en",))
    assert ["Europe"] in groups and len(groups) == 3


def test_two_spellings_of_a_first_name_with_one_surname_are_one_person():
    assert group_forms(["Edvard Kardelj", "Edward Kardelj", "Kardelj"], ("en",)) == [
        ["Edvard Kardelj", "Edward Kardelj", "Kardelj"]]


def test_two_surnames_in_a_row_are_not_a_full_name_for_the_surname():
    groups = group_forms(["Kardelj", "Kidrič", "Kidriča Kardelju"], ("hbs",))
    assert ["Kardelj"] in groups


# --- kinds -------------------------------------------------------------------------------------------

def test_a_first_name_makes_a_person_and_says_so():
    assert guess_kind(["Veljko Vlahović"], [], False, ("hbs",)) == ("person", "first name Veljko; surname ending -ović")


def test_an_organisational_word_in_another_language_makes_an_organisation():
    kind, evidence = guess_kind(["Komunistička partija"], [], False, ("hbs",))
    assert kind == "organisation" and "partija" in evidence


def test_an_abbreviation_in_capitals_is_an_organisation():
    assert guess_kind(["SSRNJ"], [], False, ("en",))[0] == "organisation"


def test_a_name_after_place_prepositions_is_a_place():
    text = "The envoy lived in Zemun. He went to Zemun often, and in Zemun he wrote.\n"
    row = draft(text).set_index("name").loc["Zemun"]
    assert row.kind == "place" and "place preposition" in row.evidence


def test_a_phrase_of_common_words_is_other():
    assert guess_kind(["Cold War"], [], False, ("en",)) == ("other", "common words of the language")


def test_a_common_noun_is_known_by_its_lower_case_lemma_and_a_name_is_not():
    assert is_common_word("Vladi", ("hbs",)) and not is_common_word("Tito", ("hbs", "sl"))


def test_the_languages_of_an_english_body_with_serbian_notes_are_both():
    body = ["The delegation of the party went to the capital and met the minister of the interior there."]
    notes = ["Zabeleška o razgovoru sa ministrom, koji je bio u Beogradu i sa delegacijom."]
    assert guess_languages(body + notes) == ("en", "hbs")


# --- what is left out, and the ranking ---------------------------------------------------------------

TEXT = """Introduction

In May 1950 the Vlada sent Milan Radek to Paris. The Vlade did not trust Radek, and the Vladi he wrote
in June that Radek would stay.1 Later Ana Pauker met Milan Radek in Bucharest, and Pauker praised him.2

1 Arhiv Jugoslavije (AJ), fond 507, Kabinet, f. 3, Pismo Milana Radeka o situaciji u Rumuniji i o vladi, 3. 5. 1950.
2 Dragan Bogetić, Jugoslavija i Zapad (Beograd: Službeni list, 2000), 45.
"""


def test_a_person_is_drafted_with_the_inflected_form_of_an_archival_title():
    row = draft(TEXT).set_index("name").loc["Milan Radek"]
    assert row.kind == "person" and "Milana Radeka" in row.aliases.split("|") and row.body == 4


def test_a_common_noun_in_its_cases_is_left_out():
    assert not {"Vlada", "Vlade", "Vladi"} & set(names(TEXT))


def test_the_author_and_title_of_cited_literature_are_left_out():
    found = " ".join(names(TEXT))
    assert "Bogetić" not in found and "Zapad" not in found


def test_archive_and_fond_of_an_archival_citation_are_left_out():
    assert not {"AJ", "Kabinet", "Arhiv Jugoslavije"} & set(names(TEXT))


def test_months_and_a_heading_are_left_out():
    assert not {"May", "June", "Introduction"} & set(names(TEXT))


def test_persons_named_in_the_body_come_before_places():
    found = draft(TEXT)
    assert found["kind"].tolist()[:2] == ["person", "person"] and found["name"].tolist()[0] == "Milan Radek"


def test_an_author_of_cited_literature_named_once_in_the_body_is_ranked_down():
    text = TEXT + "\nAs Bogetić showed, Radek was loyal.\n"
    row = draft(text).set_index("name").loc["Bogetić"]
    assert "an author of cited literature" in row.evidence and row.name not in names(text)[:2]


def test_the_authority_draft_leaves_out_phrases_of_common_words_and_makes_places_states():
    table = draft_authority(pd.DataFrame([
        {"actor_id": "cold_war", "name": "Cold War", "kind": "other", "aliases": "", "evidence": "", "body": 3,
         "notes": 0},
        {"actor_id": "zemun", "name": "Zemun", "kind": "place", "aliases": "", "evidence": "", "body": 2, "notes": 0}]))
    assert table[["actor_id", "kind"]].values.tolist() == [["zemun", "state"]]


# --- the command and the scorer ----------------------------------------------------------------------

def test_actors_discover_prints_each_actor_once_with_its_forms_and_evidence(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["actors", "discover", str(tmp_path / "a.txt")]) == 0
    out = capsys.readouterr().out
    assert "Milan Radek (" in out and "because: first name Milan" in out


def test_actors_discover_raw_lists_the_ungrouped_runs(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["actors", "discover", str(tmp_path / "a.txt"), "--raw"]) == 0
    out = capsys.readouterr().out
    assert "docs  Milan Radek" in out and "because:" not in out


def test_the_scorer_counts_persons_found_by_any_form_and_merged_entries():
    scorer = load_script("measure_discovery")
    gold = [{"name": "Edvard Kardelj", "kind": "person", "forms": "Edvard Kardelj|Kardelja", "in_body": "2"},
            {"name": "Boris Kidrič", "kind": "person", "forms": "Boris Kidrič", "in_body": "1"},
            {"name": "Belgrade", "kind": "place", "forms": "Belgrade", "in_body": "1"}]
    entries = [["Kardelj", "Kardelja"], ["Belgrade", "Boris Kidrič"], ["Introduction"]]
    figures, _ = scorer.score(gold, [{"form": "Introduction", "why": "heading"}], entries, 40)
    assert (figures["persons_found"], figures["narrative"], figures["merged"], figures["not_actors"]) == (2, 2, 1, 1)


def test_german_common_nouns_are_left_out_and_a_title_before_a_name_is_its_evidence():
    text = ("Im Herbst 1955 stand die Regierung vor einer Entscheidung. Botschafter Karl Pfleiderer sprach mit der "
            "Regierung in Belgrad, und Pfleiderer schrieb über die Botschaft.\n")
    found = draft(text).set_index("name")
    assert "Regierung" not in found.index and "Botschaft" not in found.index
    assert found.loc["Karl Pfleiderer", "kind"] == "person" and "after Botschafter" in found.loc["Karl Pfleiderer", "evidence"]


def test_a_noun_after_a_possessive_is_no_part_of_the_name():
    text = "Die SPD kritisierte Adenauers Entscheidung scharf, und Konrad Adenauer schwieg.\n"
    row = draft(text).set_index("name").loc["Konrad Adenauer"]
    assert "Adenauers" in row.aliases.split("|")


def test_the_draft_of_the_sample_article_names_its_body_persons_first(tmp_path):
    """Issue 16's measure: at least 15 of the 16 body persons in the first 40, at least 80 % of them narrative actors."""
    scorer = load_script("measure_discovery")
    folder = scorer.FIXTURES / "sample"
    name = "001_4959ece7505da236"
    entries = scorer.draft_entries(scorer.text_of(folder, name), raw=False)
    figures, _ = scorer.score(scorer.read_csv(folder / f"{name}.gold.csv"),
                              scorer.read_csv(folder / f"{name}.not_actors.csv"), entries, 40)
    assert figures["persons_found"] >= 15 and figures["narrative"] >= 32, figures
