"""A cover name or acronym in capitals is a word where it stands in a run of words in capitals with a common word,
in a line otherwise in small letters (`capitals_run_word`); small texts written for each behaviour."""

from conftest import found_mentions

FUCHS = ("f", "Klaus Fuchs", "person", "REST|CHARLES")


def test_a_cover_name_inside_a_phrase_in_capitals_is_the_word():
    text = "The decrypts print a gap as REST NOT RECOVERED, and REST reported on 29 August."
    assert found_mentions(text, FUCHS) == [("f", "REST")]


def test_an_acronym_spelt_as_a_word_of_a_headline_in_capitals_is_no_mention():
    text = "The WHO met in Geneva. 'WHO GOVERNS THE MINES?', Daily Herald, 3 May 1950."
    assert found_mentions(text, ("w", "World Health Organization", "organisation", "WHO")) == [("w", "WHO")]


def test_cover_names_listed_side_by_side_stay_mentions():
    text = "HOMER, SONYA and TATE: cover names and their readers."
    found = found_mentions(text, ("h", "Donald Maclean", "person", "HOMER"), ("s", "Ursula Kuczynski", "person", "SONYA"),
                           ("t", "Wulf Schmidt", "person", "TATE"))
    assert found == [("h", "HOMER"), ("s", "SONYA"), ("t", "TATE")]


def test_a_heading_in_capitals_names_its_actors():
    text = "VAN DER KAMP EN DE NSB"
    assert found_mentions(text, ("n", "Nationaal-Socialistische Beweging", "party", "NSB")) == [("n", "NSB")]
