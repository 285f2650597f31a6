"""Namesakes of mention round 18: rulers of one house told apart by their numbers, relatives of one family name,
things named after people; small texts written for each, not the round's articles."""

from conftest import authority, body_layout, found_mentions

from histkit import actors as act


def test_a_ruler_of_a_house_is_named_by_his_given_name_and_number_without_the_house():
    text = "W 1901 r. Jerzy XII objął rządy; jego brat Jerzy XIII wyjechał do Wiednia."
    found = found_mentions(text, ("a", "Jerzy XII Welfen", "person", ""), ("b", "Jerzy XIII Welfen", "person", ""))
    assert found == [("a", "Jerzy XII"), ("b", "Jerzy XIII")]


def test_the_given_name_before_a_regnal_number_declines_as_polish_declines_it():
    text = "Starosta pisał do Karola XII, a rachunki przesyłał Karolowi XIII; spór z Karolem XIII trwał lata."
    found = found_mentions(text, ("a", "Karol XII Welfen", "person", ""), ("b", "Karol XIII Welfen", "person", ""))
    assert found == [("a", "Karola XII"), ("b", "Karolowi XIII"), ("b", "Karolem XIII")]


def test_a_woman_s_foreign_family_name_stays_while_her_polish_given_name_declines():
    text = "Listy Marty Schröder trafiły do archiwum; z Martą Schröder korespondował starosta."
    found = found_mentions(text, ("m", "Marta Schröder", "person", ""))
    assert found == [("m", "Marty Schröder"), ("m", "Martą Schröder")]


def test_a_son_s_family_name_is_the_word_before_fils_not_fils():
    text = "Pierre Lhomme fils dirigea l'usine après 1925 ; Lhomme fils voulait moderniser les ateliers."
    found = found_mentions(text, ("f", "Pierre Lhomme fils", "person", ""))
    assert found == [("f", "Pierre Lhomme fils"), ("f", "Lhomme fils")]


def test_a_ship_named_after_a_person_is_no_mention_of_the_person():
    text = "Erna Voss lebte in Kiel. 1936 lief das Schlachtschiff Erna Voss vom Stapel, und Voss sah zu."
    found = found_mentions(text, ("v", "Erna Voss", "person", ""))
    assert found == [("v", "Erna Voss"), ("v", "Voss")]


def test_a_german_compound_of_names_ending_in_an_institution_s_noun_is_no_mention():
    text = "Otto Brenner arbeitete am Otto-Brenner-Institut, das nach einem anderen benannt war; Brenner blieb."
    found = found_mentions(text, ("b", "Otto Brenner", "person", ""))
    assert found == [("b", "Otto Brenner"), ("b", "Brenner")]


def test_a_firm_named_after_its_founder_is_no_mention_of_a_namesake():
    text = "The organiser Harold Dodge had no link with the Dodge Motor Company, nor with the usines Dodge; Dodge smiled."
    found = found_mentions(text, ("d", "Harold Dodge", "person", ""))
    assert found == [("d", "Harold Dodge"), ("d", "Dodge")]


def test_two_initials_before_a_family_name_are_given_name_and_father_s_name_of_one_person():
    text = "Рукопись: Н. П. Громова, 1958; П. Громов, Воспоминания, 1960."
    found = found_mentions(text, ("p", "Павел Громов", "person", ""), ("n", "Николай Громов", "person", ""))
    assert found == [("n", "Н. П. Громова"), ("p", "П. Громов")]


def test_a_word_for_brothers_beside_a_family_name_names_the_brothers_not_the_wife():
    text = "Jan Novak, Petr Novak and Jana Novak ran the mill. The Novak brothers sold it in 1931."
    rows = ("jan", "Jan Novak", "person", ""), ("petr", "Petr Novak", "person", ""), ("jana", "Jana Novak", "person", "")
    table = authority(*rows).assign(gender=["m", "m", "f"])
    found = act.find_mentions(body_layout(text), act.build_matcher(table, cache=False))
    assert [a for a, s in zip(found.actor_id, found.surface) if s == "Novak"] == ["jan", "petr"]


def test_two_before_a_family_name_in_the_plural_names_each_namesake():
    text = "Edgar Pryce and Owen Pryce wrote to the board; the two Pryces never met again."
    found = found_mentions(text, ("e", "Edgar Pryce", "person", ""), ("o", "Owen Pryce", "person", ""))
    assert found[2:] == [("e", "Pryces"), ("o", "Pryces")]


def test_a_ruler_s_given_name_in_another_language_with_his_number_names_him():
    text = "Clemente XVI regnò poco; la bolla di Clemens XVI e la Vie de Clément XVI lo ricordano, non Clemente XV."
    found = found_mentions(text, ("c", "Clemente XVI", "person", ""))
    assert found == [("c", "Clemente XVI"), ("c", "Clemens XVI"), ("c", "Clément XVI")]


def test_a_russian_family_name_in_the_plural_names_each_man_who_bears_it():
    text = "Павел Громов и Николай Громов работали на заводе. Братья Громовы писали в райком."
    found = found_mentions(text, ("p", "Павел Громов", "person", ""), ("n", "Николай Громов", "person", ""))
    assert sorted(a for a, s in found if s == "Громовы") == ["n", "p"]


def test_a_polish_family_name_in_the_plural_in_owie_names_each_man_who_bears_it():
    text = "Jan Reiter i Karol Reiter prowadzili młyn. W 1945 r. bracia Reiterowie wyjechali."
    found = found_mentions(text, ("j", "Jan Reiter", "person", ""), ("k", "Karol Reiter", "person", ""))
    assert sorted(a for a, s in found if s == "Reiterowie") == ["j", "k"]


def test_a_maiden_name_kept_before_the_married_family_name_is_one_mention_of_the_wife():
    text = "Alice Prior Dunmore kept the letters; Alice Prior married in 1909."
    found = found_mentions(text, ("a", "Alice Dunmore", "person", "Alice Prior"), ("h", "Hugh Dunmore", "person", ""))
    assert found == [("a", "Alice Prior Dunmore"), ("a", "Alice Prior")]
