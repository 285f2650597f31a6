"""A family name ennobled with a predicate (`Schenk von Stauffenberg`) goes by the predicate alone, with or without
its particle; small texts written for the behaviour."""

from conftest import found_mentions


def test_the_predicate_alone_names_the_man_in_an_english_text():
    text = "Claus Schenk von Stauffenberg joined the plot in 1943. Stauffenberg carried the bomb; von Stauffenberg's aide waited."
    found = found_mentions(text, ("s", "Claus Schenk von Stauffenberg", "person", ""))
    assert [s for _, s in found] == ["Claus Schenk von Stauffenberg", "Stauffenberg", "von Stauffenberg's"]


def test_a_name_before_a_particle_that_is_not_german_keeps_the_whole_family_name():
    text = "José Antonio Primo de Rivera spoke in Madrid. Primo de Rivera was shot in 1936; Rivera is another man."
    found = found_mentions(text, ("p", "José Antonio Primo de Rivera", "person", ""))
    assert [s for _, s in found] == ["José Antonio Primo de Rivera", "Primo de Rivera"]
