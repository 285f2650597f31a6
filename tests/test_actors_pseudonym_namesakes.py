"""A party name, nom de guerre or pen name of one word that another person bears as his own given or family name
(`histkit/actors/pseudonyms.py`); small texts written for each behaviour."""

from conftest import found_mentions

TITO = ("t", "Josip Broz Tito", "person", "Tito|Walter")
ROL = ("r", "Henri Rol-Tanguy", "person", "Rol|Henri Tanguy")


def test_a_party_name_that_is_a_given_name_before_another_family_name_is_another_person():
    text = "He came back as Walter in 1936. Walter Ulbricht never learnt who Walter was."
    assert found_mentions(text, TITO) == [("t", "Walter"), ("t", "Walter")]


def test_a_party_name_before_a_word_of_the_actors_own_name_stays_his():
    assert found_mentions("In Moscow Walter Broz wrote to the party.", TITO) == [("t", "Walter")]


def test_a_nom_de_guerre_after_another_persons_given_name_is_that_persons_family_name():
    text = "Henri Tanguy prit le nom de guerre Rol en souvenir de Théo Rol, tué en Espagne. Rol commandait."
    assert found_mentions(text, ROL) == [("r", "Henri Tanguy"), ("r", "Rol"), ("r", "Rol")]


def test_a_given_name_with_the_initial_of_the_actors_own_is_his_name_in_another_language():
    text = "Joan Cabrol escriguèt. Lettre de Jean Cabrol, 12 novembre 1956."
    assert [a for a, _ in found_mentions(text, ("c", "Joan Cabrol", "person", "Cabrol"))] == ["c", "c"]


def test_a_capitalised_noun_after_a_given_name_tells_nothing_in_german():
    text = "Der Aufsatz ist auf Deutsch. Im Jahr 1943 gab Max Befehle an die Gruppen, und Max kam nicht zurück."
    found = found_mentions(text, ("m", "Jean Moulin", "person", "Max|Rex"))
    assert found == [("m", "Max"), ("m", "Max")]
