"""Italian `cit.` marks a short title as cited before, with or without a comma before it: it is no word of the title."""

from histkit import parse_reference


def test_the_mark_without_a_comma_is_left_off_the_short_title():
    ref = parse_reference("Cozzi, Il doge Nicolò Contarini cit., p. 103")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("Cozzi", "Il doge Nicolò Contarini", "p. 103")


def test_the_mark_after_a_title_cut_short_is_left_off_it():
    assert parse_reference("Zanardi, I «domicilia»... cit., p. 103")["title"] == "I «domicilia»..."


def test_a_word_ending_in_the_marks_letters_stays_in_the_title():
    assert parse_reference("Anna Rossi, Il vescovo di Explicit, Roma 1990")["title"] == "Il vescovo di Explicit"


def test_the_mark_as_the_last_word_of_a_repeats_own_words_stays_the_repeat():
    assert parse_reference("Wierzbicki, Gospodarka rolna, op. cit., s. 33")["title"] == "Gospodarka rolna, op. cit."
    assert parse_reference("Ferretti, voce cit., p. 280.")["title"] == "voce cit."
