"""A hospital, a fellowship, a museum, a monument or a foundation named after a person is no mention of the person,
whether its name joins his by a hyphen or gives him a title between (`eponym_words.csv`); small texts written for
each behaviour."""

from conftest import found_mentions

ELIOT = ("e", "George Eliot", "person", "Mary Ann Evans")


def test_a_hospital_and_a_hospice_named_after_a_writer_are_no_mentions_of_her():
    text = "George Eliot wrote Adam Bede. The George Eliot Hospital and the Mary Ann Evans Hospice keep her names."
    assert found_mentions(text, ELIOT) == [("e", "George Eliot")]


def test_a_monument_or_a_house_joined_to_the_name_by_a_hyphen_is_no_mention():
    text = "Bismarck ging 1890. Das Bismarck-Denkmal verfiel, die Stiftung Bundeskanzler-Bismarck-Haus auch."
    assert found_mentions(text, ("b", "Otto von Bismarck", "person", "Bismarck")) == [("b", "Bismarck")]


def test_a_museum_or_a_foundation_before_the_name_is_no_mention_even_with_a_title_between():
    pope = ("j", "John XXIII", "person", "Giovanni XXIII")
    text = "Giovanni XXIII aprì il Concilio. Diario, Fondazione Papa Giovanni XXIII, Bergamo."
    assert found_mentions(text, pope) == [("j", "Giovanni XXIII")]
    text = "Jean Moulin fut arrêté. Musée de la Libération – musée Jean Moulin, fonds 3."
    assert found_mentions(text, ("m", "Jean Moulin", "person", "Rex")) == [("m", "Jean Moulin")]


def test_a_word_in_small_letters_between_keeps_the_name_a_mention():
    text = "Le CNR, après la fondation par Jean Moulin, se réunit."
    assert found_mentions(text, ("m", "Jean Moulin", "person", "Rex")) == [("m", "Jean Moulin")]


def test_a_place_named_after_a_saint_of_the_actors_name_is_no_mention_of_him():
    text = "Gilbert Renault, dit Rémy, naquit à Vannes; sa sœur vivait à Saint-Rémy-de-Provence."
    found = found_mentions(text, ("r", "Gilbert Renault", "person", "Rémy"))
    assert found == [("r", "Gilbert Renault"), ("r", "Rémy")]
