"""Namesakes of mention round 18: rulers of one house told apart by their numbers, relatives of one family name,
things named after people; small texts written for each, not the round's articles."""

from conftest import found_mentions


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
