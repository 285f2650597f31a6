"""People named by title, office, regnal number and initial, and the languages of mention round 15 (isiXhosa,
Oromo, Luganda and the front-matter labels of all eight); small texts written for each, not the round's articles."""

import pytest
from conftest import authority, body_layout, found_mentions, front_lines

from histkit import actors as act


def test_a_later_historian_of_the_actor_s_family_name_cited_by_another_initial_is_no_mention():
    text = "Harold Pilling heard the case in 1938. See T. Pilling, Colonial Judges (London, 1999), and H. Pilling."
    found = found_mentions(text, ("p", "Harold Pilling", "person", ""))
    assert [s for _, s in found] == ["Harold Pilling", "H. Pilling"]


def test_a_french_monsieur_before_a_family_name_is_a_title_not_an_initial():
    text = ("Édouard Ferrand était garde des Sceaux. Le ministre reçut alors M. Ferrand, qui était à Paris depuis le "
            "mois de mai et dans la ville avec les siens.")
    assert found_mentions(text, ("f", "Édouard Ferrand", "person", "")) == [("f", "Édouard Ferrand"), ("f", "Ferrand")]


def test_a_ruler_s_name_followed_by_another_regnal_number_names_another_ruler():
    text = "Kabaka Muwenda II was exiled in 1953. He was a grandson of Muwenda I, and Kabaka Muwenda came back."
    found = found_mentions(text, ("k", "Muwenda II", "person", "Kabaka Muwenda"))
    assert [s for _, s in found] == ["Kabaka Muwenda II", "Kabaka Muwenda"]


def test_an_office_listed_as_the_alias_and_printed_before_the_name_is_one_mention():
    text = "In 1954 Katikkiro Paulo Kisitu went to court; the Katikkiro won."
    found = found_mentions(text, ("k", "Paulo Kisitu", "person", "Katikkiro"))
    assert [s for _, s in found] == ["Katikkiro Paulo Kisitu", "Katikkiro"]


def test_isixhosa_prefixes_on_a_name_and_with_a_hyphen_on_an_acronym_leave_mentions():
    text = ("Ngo-1957 uSizwe Jongilanga wabanjwa, kodwa yaye kunye emva kwaye ukuba wayelilungu le-ANC. "
            "Ijaji lamkhulula uJongilanga, kwaye wabuyela kwi-ANC.")
    found = found_mentions(text, ("s", "Sizwe Jongilanga", "person", ""), ("a", "African National Congress",
                                                                           "party", "ANC"))
    assert [a for a, _ in found] == ["s", "a", "s", "a"]


def test_an_oromo_title_before_a_given_name_is_no_given_name_and_names_take_case_endings():
    text = ("Bara 1966 Fitaawraarii Boruu Dhugaa hooggana ture, garuu kan akka isaa hin turre. "
            "Fitaawraariin sun hidhaa keessatti dhukkubsate. Boruun booda hiikame; Tasfaayeen itti mure.")
    found = found_mentions(text, ("b", "Boruu Dhugaa", "person", "Fitaawraarii Boruu"),
                           ("t", "Tasfaayee Gabruu", "person", ""))
    assert found == [("b", "Fitaawraarii Boruu Dhugaa"), ("b", "Boruun"), ("t", "Tasfaayeen")]


def test_a_luganda_noun_takes_its_augment_before_the_class_prefix():
    text = "Mu 1953 Olukiiko lwagaana era nti Lukiiko lwalina eddembe, ne Kabaka yakomawo mu Buganda."
    found = found_mentions(text, ("l", "Lukiiko lwa Buganda", "organisation", "Lukiiko"))
    assert [s for _, s in found] == ["Olukiiko", "Lukiiko"]


@pytest.mark.parametrize("abstract,keywords", [("Isishwankathelo", "Amagama angundoqo"), ("Axareeraa", "Jechoota ijoo"),
                                               ("خلاصو", "اهم لفظ"), ("Resumaziun", "Pleds-clav"),
                                               ("Rezumu", "Liafuan xave")])
def test_abstracts_and_key_words_labelled_in_round_15s_languages_are_front_matter(abstract, keywords):
    assert front_lines(abstract, keywords) == ["front", "front"]


def test_a_man_s_title_picks_the_namesake_whose_name_is_a_man_s_over_one_whose_name_does_not_tell():
    text = "Maria Sialm e Gion Sialm èn stads a Trun. Il cusseglier Sialm ha demissiunà."
    found = found_mentions(text, ("m", "Maria Sialm", "person", ""), ("g", "Gion Sialm", "person", ""))
    assert found == [("m", "Maria Sialm"), ("g", "Gion Sialm"), ("g", "Sialm")]


def test_the_younger_beside_a_family_name_father_and_son_share_is_the_son_by_year_of_birth():
    text = "Arthur Thorne and his son Robert Thorne were both lawyers. Arthur Thorne sat; the younger Thorne sued."
    table = authority(("a", "Arthur Thorne", "person", ""), ("r", "Robert Thorne", "person", ""))
    table["birth"] = ["1890", "1925"]
    found = act.find_mentions(body_layout(text), act.build_matcher(table, cache=False))
    assert list(zip(found.actor_id, found.surface))[-1] == ("r", "Thorne")
