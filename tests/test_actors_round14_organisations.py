"""Organisations' names in the languages of mention round 14 (Syriac, Occitan, Wolof, Crimean Tatar, Assamese,
Konkani, Malay in Jawi); small texts written for each, not the round's articles."""

from conftest import found_mentions


def test_a_syriac_proclitic_joined_to_an_organisation_s_name_leaves_a_mention():
    # `ܠ` to, `ܘ` and, `ܕ` of: written as one word with the name's first word
    text = "ܫܕܪܘ ܐܓܪܬܐ ܠܓܘܢܚܐ ܕܡܕܝܢܬܐ ܘܗܘܐ ܫܠܡܐ ܒܝܬ ܓܘܢܚܐ ܕܡܕܝܢܬܐ ܘܒܝܬ ܐܚܐ."
    found = found_mentions(text, ("g", "ܓܘܢܚܐ ܕܡܕܝܢܬܐ", "organisation", ""))
    assert found == [("g", "ܠܓܘܢܚܐ ܕܡܕܝܢܬܐ"), ("g", "ܓܘܢܚܐ ܕܡܕܝܢܬܐ")]


def test_a_syriac_liturgy_named_after_an_apostle_is_no_mention_of_a_man_of_that_name():
    text = "ܬܐܘܡܐ ܟܬܒ ܐܓܪܬܐ. ܗܘ ܡܨܠܐ ܗܘܐ ܒܩܘܪܒܐ ܕܬܐܘܡܐ ܟܠ ܝܘܡ."
    assert found_mentions(text, ("t", "ܬܐܘܡܐ", "person", "")) == [("t", "ܬܐܘܡܐ")]


def test_an_occitan_street_and_a_wolof_lycee_named_after_a_person_are_no_mentions():
    occitan = "Pèire Rogièr moriguèt en 1950. Uèi una carrièra Pèire Rogièr garda son nom."
    wolof = "Musaa Ndaw dafa jàngale ca Tiéss. Tey, Liise Musaa Ndaw moo yor turam."
    assert found_mentions(occitan, ("r", "Pèire Rogièr", "person", "")) == [("r", "Pèire Rogièr")]
    assert found_mentions(wolof, ("n", "Musaa Ndaw", "person", "")) == [("n", "Musaa Ndaw")]
