"""A double family name that begins with the actor's (`Hermann Müller-Lichtenberg`, `Groener-Geyer, Dorothea`) is
another person's; a compound of names (`Hitler-Stalin-Pakt`) and the actor's own second name stay his."""

from conftest import found_mentions

MUELLER = ("m", "Hermann Müller", "person", "Müller-Franken")
GROENER = ("g", "Wilhelm Groener", "person", "")


def test_a_full_name_before_another_family_name_is_another_person():
    text = "Der Kanzler Hermann Müller hieß Müller-Franken, zur Unterscheidung von Hermann Müller-Lichtenberg."
    assert found_mentions(text, MUELLER) == [("m", "Hermann Müller"), ("m", "Müller-Franken")]


def test_a_family_name_joined_to_another_before_a_given_name_is_another_person():
    text = "Wilhelm Groener schrieb. Siehe Groener-Geyer, Dorothea: General Groener, 1955."
    assert found_mentions(text, GROENER) == [("g", "Wilhelm Groener"), ("g", "Groener")]


def test_a_family_name_in_a_compound_of_names_stays_a_mention():
    text = "Wilhelm Groener und die Groener-Brüning-Regierung."
    assert found_mentions(text, GROENER) == [("g", "Wilhelm Groener"), ("g", "Groener")]
