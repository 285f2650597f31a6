"""`Place: Publisher Year` with no comma before the year, after an English title (`…, Chicago: University of Chicago
Press 1984, p. 104`): the town before the colon is the place, with its state or country when one precedes it."""

from histkit.citations.references import parse_reference


def test_the_town_before_the_colon_is_the_place():
    ref = parse_reference("W. J. Mommsen, Max Weber and German Politics 1890-1920, Chicago: University of Chicago Press "
                          "1984, p. 104.")
    assert (ref["place"], ref["publisher"], ref["year"]) == ("Chicago", "University of Chicago Press", "1984")


def test_a_state_spelled_out_after_the_town_is_part_of_the_place():
    ref = parse_reference("H. Liebersohn, Fate and Utopia in German Sociology 1870–1923, Cambridge, Massachusetts: MIT "
                          "Press 1988, pp. 11-12.")
    assert (ref["place"], ref["publisher"]) == ("Cambridge, Massachusetts", "MIT Press")
