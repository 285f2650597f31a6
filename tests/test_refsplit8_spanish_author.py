"""`SURNAME, Given name: Title` (Spanish style): the rules' authors hold the given name, which the model read as the
start of its title; the colon after it says the rules are right, and the merge keeps their reading."""

from histkit.literature.choose import choose

RULE = {"authors": "HARTLEY, David", "title": "España y Marruecos, 1940-1956", "year": "1996", "place": "Barcelona"}
MODEL = {"authors": "HARTLEY", "title": "David: España y Marruecos", "year": "1996", "place": "", "source": "model"}


def test_given_name_before_a_colon_stays_with_the_authors():
    kept = choose(RULE, MODEL)
    assert (kept["source"], kept["authors"], kept["title"]) == ("rules", "HARTLEY, David", "España y Marruecos, 1940-1956")
