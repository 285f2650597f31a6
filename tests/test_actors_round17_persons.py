"""Whose a family name alone is: French drops `de` before a family name of several syllables, and a given name
the actor does not bear names someone else (mention round 17); small texts written for each behaviour."""

from conftest import found_mentions

_FRENCH = ("En mai 1936, Paul de Moranville perdit son siège à la Chambre. Moranville y voyait la fin d'un ordre, "
           "et il le dit dans une lettre au préfet de la Meuse.")


def test_french_leaves_out_de_before_a_family_name_of_several_syllables():
    found = found_mentions(_FRENCH, ("m", "Paul de Moranville", "person", ""))
    assert found == [("m", "Paul de Moranville"), ("m", "Moranville")]


def test_french_keeps_de_before_a_family_name_of_one_syllable():
    text = _FRENCH.replace("Paul de Moranville", "Charles de Gaulle").replace("Moranville", "Gaulle")
    assert found_mentions(text, ("g", "Charles de Gaulle", "person", "")) == [("g", "Charles de Gaulle")]


def test_a_given_name_the_actor_does_not_bear_names_another_person_of_the_family_name():
    text = "Lucienne Marchal organisa la grève; son frère Jean Marchal resta au travail. Marchal parla à Commercy."
    found = found_mentions(text, ("m", "Lucienne Marchal", "person", ""))
    assert found == [("m", "Lucienne Marchal"), ("m", "Marchal")]


def test_a_cyrillic_given_name_the_actor_does_not_bear_names_another_person():
    text = "Жуковцев возглавил окружком. Жена его, Анна Жуковцева, работала в комиссии."
    assert found_mentions(text, ("z", "Фёдор Жуковцев", "person", "")) == [("z", "Жуковцев")]


def test_an_italian_family_name_with_a_capital_d_and_apostrophe_is_written_as_one_word_too():
    text = "Il prefetto annotava che il Dalessio non si presentava più in federazione."
    assert found_mentions(text, ("d", "Carlo D'Alessio", "person", "")) == [("d", "Dalessio")]


def test_a_polish_double_family_name_declines_both_its_parts():
    text = "Spór radnego Ścibora-Łętowskiego z magistratem trwał do 1935 r."
    found = found_mentions(text, ("s", "Józef Ścibor-Łętowski", "person", ""))
    assert found == [("s", "Ścibora-Łętowskiego")]
