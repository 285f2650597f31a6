"""Given names or initials that share one family name printed once, each naming its own actor
(`histkit/actors/pairs.py`); small texts written for each behaviour."""

from conftest import found_mentions

JOSEPH = ("j", "Joseph Chamberlain", "person", "")
AUSTEN = ("a", "Austen Chamberlain", "person", "")
NEVILLE = ("n", "Neville Chamberlain", "person", "")


def test_initials_before_and_share_the_family_name_of_the_name_after():
    found = found_mentions("The letter was signed J. and A. Chamberlain in December.", JOSEPH, AUSTEN)
    assert found == [("j", "J."), ("a", "A. Chamberlain")]


def test_initials_of_several_letters_share_it_too_in_german():
    found = found_mentions("Vgl. A. W. und F. Schlegel, Charakteristiken und Kritiken, Bd. 1.",
                           ("w", "August Wilhelm Schlegel", "person", "A. W. Schlegel"),
                           ("f", "Friedrich Schlegel", "person", ""))
    assert [a for a, _ in found] == ["w", "f"]


def test_three_given_names_of_a_list_share_the_family_name():
    found = found_mentions("Father and sons: Joseph, Austen and Neville Chamberlain and tariff reform.",
                           JOSEPH, AUSTEN, NEVILLE)
    assert sorted(a for a, _ in found) == ["a", "j", "n"]


def test_an_inverted_name_shares_its_family_name_with_the_given_name_after_and():
    found = found_mentions("See Chamberlain, Joseph and Austen, Correspondence (Birmingham, 1998).", JOSEPH, AUSTEN)
    assert [a for a, _ in found] == ["j", "a"]


def test_the_family_name_first_shares_it_with_the_given_name_after_e():
    found = found_mentions("La circolare elencava Rosselli Carlo e Nello tra i sovversivi.",
                           ("c", "Carlo Rosselli", "person", ""), ("n", "Nello Rosselli", "person", ""))
    assert [a for a, _ in found] == ["c", "n"]


def test_a_given_name_no_actor_bears_with_the_family_name_adds_no_one():
    assert found_mentions("Mary and Austen Chamberlain dined at Highbury.", JOSEPH, AUSTEN) == [
        ("a", "Austen Chamberlain")]
