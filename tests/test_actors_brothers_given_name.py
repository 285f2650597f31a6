"""A brother's given name alone (`givennames.py`): it names him in any text although another actor's alias begins
with it in a language's naming custom, and not before a particle and another family name; small texts written for
each behaviour."""

from conftest import found_mentions

AUGUST = ("w", "August Wilhelm Schlegel", "person", "")
FRIEDRICH = ("f", "Friedrich Schlegel", "person", "")
NOVALIS = ("n", "Novalis", "person", "Friedrich von Hardenberg")


def test_a_brothers_given_name_names_him_beside_another_actors_alias_with_that_given_name():
    text = "August Wilhelm Schlegel came to Jena; his brother Friedrich Schlegel followed, and Friedrich wrote."
    assert [a for a, _ in found_mentions(text, AUGUST, FRIEDRICH, NOVALIS)] == ["w", "f", "f"]


def test_a_given_name_before_a_particle_and_another_family_name_is_another_person():
    text = "Friedrich Schlegel wrote to Friedrich von Uechtritz in 1820."
    assert found_mentions(text, AUGUST, FRIEDRICH, NOVALIS) == [("f", "Friedrich Schlegel")]
