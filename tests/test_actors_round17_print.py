"""A name as print sets it: abbreviations with spaced points or as a word, capitals and small capitals with an
apostrophe or a particle, the particle after the given name in library order (mention round 17); small texts
written for each behaviour."""

from conftest import found_mentions


def test_an_abbreviation_with_a_point_and_a_space_after_each_letter_is_the_organisation():
    text = "The A. F. L. backed the strike."
    assert found_mentions(text, ("f", "Federation of Labour", "organisation", "AFL")) == [("f", "A. F. L.")]


def test_an_abbreviation_with_a_bracketed_tail_takes_its_points_before_the_tail():
    text = "Члены В.К.П.(б) молчали."
    found = found_mentions(text, ("v", "Всесоюзная коммунистическая партия (большевиков)", "organisation", "ВКП(б)"))
    assert found == [("v", "В.К.П.(б)")]


def test_italian_print_writes_an_abbreviation_as_a_word_with_its_first_capital():
    text = ("Nel 1947 il segretario del Psi scriveva che la federazione non era un padrone, e che il partito era "
            "della gente e non dei dirigenti, come si diceva anche in città.")
    assert found_mentions(text, ("p", "Partito socialista italiano", "organisation", "PSI")) == [("p", "Psi")]


def test_an_abbreviation_written_as_a_word_is_no_mention_where_the_language_does_not_print_it_so():
    text = "Radèn Mas Sutarja and the MAS met in the town, where the Mas of the village was the host of the day."
    assert found_mentions(text, ("m", "Movimiento al Socialismo", "organisation", "MAS")) == [("m", "MAS")]


def test_a_family_name_with_an_apostrophe_in_capitals_is_the_name():
    text = "O'SHEA AND THE REFORMERS"
    assert found_mentions(text, ("o", "Brendan O'Shea", "person", "")) == [("o", "O'SHEA")]


def test_a_family_name_in_small_capitals_after_the_given_name_is_one_mention():
    text = "See Martin DUVERNAY, Souvenirs, Paris, 1952."
    assert found_mentions(text, ("d", "Martin Duvernay", "person", "")) == [("d", "Martin DUVERNAY")]


def test_a_particle_stays_small_before_a_family_name_in_small_capitals():
    text = "Letter of P. de MORANVILLE to the prefect."
    assert found_mentions(text, ("m", "Paul de Moranville", "person", "")) == [("m", "P. de MORANVILLE")]


def test_an_elided_particle_takes_a_capital_at_the_start_of_a_sentence():
    text = "Il parla le soir. D'Orvilliers répondit le lendemain."
    assert found_mentions(text, ("o", "Jean d'Orvilliers", "person", "")) == [("o", "D'Orvilliers")]


def test_library_order_puts_the_particle_after_the_given_name_or_its_initial():
    text = "Kamp, Willem van der, Herinneringen (1955); Hal, P. van, Brieven (1960)."
    found = found_mentions(text, ("k", "Willem van der Kamp", "person", ""), ("h", "Pieter van Hal", "person", ""))
    assert found == [("k", "Kamp, Willem van der"), ("h", "Hal, P. van")]


def test_french_catalogues_put_the_given_name_and_particle_in_brackets_after_the_family_name_in_capitals():
    text = "MORANVILLE (Paul de), Discours, Paris, 1925."
    assert found_mentions(text, ("m", "Paul de Moranville", "person", "")) == [("m", "MORANVILLE (Paul de)")]
