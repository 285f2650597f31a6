"""Days of one month listed before it, each with the full stop some languages write after a day (round 29's
`Telegrami … od 2., 9. i 16. avgusta 1949`): the span runs from the first day listed, as it does without the stops."""

from conftest import dates_read


def test_a_list_of_days_with_their_stops_starts_at_the_first_day():
    assert dates_read("Berichte vom 12., 14. und 19. Mai 1930") == [
        ("12., 14. und 19. Mai 1930", "1930-05-12", "1930-05-19", "day")]


def test_a_list_of_days_without_stops_is_read_as_before():
    assert dates_read("rapports des 4, 8 et 23 mars 1931") == [
        ("4, 8 et 23 mars 1931", "1931-03-04", "1931-03-23", "day")]


def test_a_page_before_the_days_is_no_day_of_the_list():
    assert dates_read("S. 12., 14. und 19. Mai 1930") == [("14. und 19. Mai 1930", "1930-05-14", "1930-05-19", "day")]
