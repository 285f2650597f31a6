"""Blind fixtures (Polish, Hungarian-in-English, Croatian) written before reading the matcher, with
hand-counted mentions per actor and zone in tests/fixtures/actors/blind_expected.csv, and the rules
they needed."""

import csv
from collections import Counter

import pytest
from conftest import FIXTURES, authority, layout_of

from histkit import Document
from histkit import actors as act
from histkit.actors.variants import polish_forms
from histkit.layout import Block, Layout

ACTORS = FIXTURES / "actors"


def blind_mentions(name):
    text = (ACTORS / f"{name}.txt").read_text(encoding="utf-8")
    return act.find_mentions(layout_of(text, doc_id=name), act.load_actors(ACTORS / f"{name}.csv"))


def expected_totals(name):
    totals = Counter()
    with open(ACTORS / "blind_expected.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["fixture"] == name:
                totals[row["actor_id"]] += int(row["count"])
    return totals


def one_block(text):
    """A layout of one body block over the whole text."""
    doc = Document.from_text(text, doc_id="doc")
    return Layout(doc, [Block("b1", "body", 0, len(text), text, text)], [])


def test_polish_article_gives_the_hand_counted_mentions_per_actor():
    assert Counter(blind_mentions("polish").actor_id) == expected_totals("polish")


def test_polish_instrumental_and_softened_locative_of_a_surname_on_a_are_mentions():
    table = act.find_mentions(one_block("rozmawiał z Gomułką; o Gomułce; widział Gomułkę"),
                              authority(("g", "Władysław Gomułka", "person", "")))
    assert table.surface.tolist() == ["Gomułką", "Gomułce", "Gomułkę"]


def test_polish_dative_and_locative_of_a_surname_on_a_consonant_are_mentions():
    table = act.find_mentions(one_block("Cyrankiewiczowi powierzono; pamięć o Bierucie; z Ochabem"),
                              authority(("c", "Józef Cyrankiewicz", "person", ""), ("b", "Bolesław Bierut", "person", ""),
                                        ("o", "Edward Ochab", "person", "")))
    assert table.actor_id.tolist() == ["c", "b", "o"]


def test_polish_full_name_with_both_words_declined_is_one_mention():
    table = act.find_mentions(one_block("spotkanie z Władysławem Gomułką"),
                              authority(("g", "Władysław Gomułka", "person", "")))
    assert table.surface.tolist() == ["Władysławem Gomułką"] and not table.surname_only.any()


def test_polish_adjectival_surname_takes_its_adjective_endings():
    assert polish_forms("Rokossowski")["genitiv"] == "Rokossowskiego"
    assert polish_forms("Rokossowski")["dativ"] == "Rokossowskiemu"


def test_polish_forms_leave_names_on_o_alone():
    assert polish_forms("Tito") == {}


def test_hungarian_article_gives_the_hand_counted_mentions_where_the_reading_is_unambiguous():
    table = blind_mentions("hungarian")
    assert Counter(table[~table.ambiguous].actor_id) == expected_totals("hungarian") - Counter({"nagy_imre": 1})


def test_hungarian_bare_surname_before_either_full_name_is_flagged_ambiguous():
    table = blind_mentions("hungarian")
    flagged = table[table.ambiguous]
    assert flagged.surface.unique().tolist() == ["Nagy"] and flagged.zone.unique().tolist() == ["front"]


def test_hungarian_family_name_first_order_is_a_full_name_mention():
    table = act.find_mentions(one_block("Nagy Imre és Rákosi Mátyás"),
                              authority(("n", "Imre Nagy", "person", ""), ("r", "Mátyás Rákosi", "person", "")))
    assert table.actor_id.tolist() == ["n", "r"] and not table.surname_only.any()


def test_croatian_article_gives_the_hand_counted_mentions_apart_from_the_shared_surname():
    table = blind_mentions("croatian")
    got = Counter(table.actor_id)
    want = expected_totals("croatian")
    for shared in ("popovic_k", "popovic_m"):
        got.pop(shared), want.pop(shared)
    assert got == want


def test_bare_shared_surname_keeps_both_namesakes_as_candidates():
    table = blind_mentions("croatian")
    bare = table[table.surface == "Popović"]
    assert bare.candidates.tolist() == ["popovic_k|popovic_m"]


@pytest.mark.parametrize("text,surface", [("Titova odluka", "Titova"), ("Rankovićevo ime", "Rankovićevo"),
                                          ("Kardeljevi govori", "Kardeljevi"), ("Titovi\ngovori", "Titovi"),
                                          ("posle Стаљинове смрти", "Стаљинове")])
def test_possessive_adjective_of_a_person_is_a_mention_by_default(text, surface):
    actors = authority(("t", "Josip Broz Tito", "person", "Tito"), ("r", "Aleksandar Ranković", "person", ""),
                       ("k", "Edvard Kardelj", "person", ""), ("s", "Josif Staljin", "person", ""))
    assert act.find_mentions(one_block(text), actors).surface.tolist() == [surface]


@pytest.mark.parametrize("text", ["u Titovo Užice", "iz Titovog Velesa", "na Titovoj ulici", "Titova cesta 5"])
def test_possessive_adjective_naming_a_place_or_street_is_not_a_mention(text):
    actors = authority(("t", "Josip Broz Tito", "person", "Tito"))
    assert act.find_mentions(one_block(text), actors).empty


def test_title_and_possessive_forms_of_yugoslav_leaders_in_one_sentence():
    actors = authority(("t", "Josip Broz Tito", "person", "Tito"), ("k", "Edvard Kardelj", "person", ""))
    text = "maršal Tito, predsjednik Tito i druga Kardelja"
    assert act.find_mentions(one_block(text), actors).actor_id.tolist() == ["t", "t", "k"]


def test_abbreviation_with_a_hyphenated_case_ending_is_a_mention():
    actors = authority(("skj", "Savez komunista Jugoslavije", "organisation", "SKJ"),
                       ("udba", "Uprava državne bezbjednosti", "organisation", "UDB|UDBA"))
    table = act.find_mentions(one_block("komitet SKJ-a i reorganizacija UDB-e, ali ne CK SKH"), actors)
    assert table.surface.tolist() == ["SKJ-a", "UDB-e"]


def test_polish_genitive_full_name_across_a_line_break_is_a_full_name_mention():
    table = act.find_mentions(one_block("nazwisko Władysława\nGomułki wracało"),
                              authority(("g", "Władysław Gomułka", "person", "")))
    assert table.surface.tolist() == ["Władysława\nGomułki"] and not table.surname_only.any()
