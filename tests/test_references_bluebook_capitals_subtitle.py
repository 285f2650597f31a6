"""A book in the Bluebook's capitals whose title has a subtitle after a colon (`FRANCIS FUKUYAMA, TRUST: THE SOCIAL
VIRTUES …`) is the author then the whole title: not a Spanish `APELLIDO, Nombre: Título` head."""

from histkit.citations.references import parse_reference


def test_the_first_word_of_a_title_in_capitals_before_its_colon_is_no_forename():
    ref = parse_reference("FRANCIS FUKUYAMA, TRUST: THE SOCIAL VIRTUES AND THE CREATION OF PROSPERITY (1996).")
    assert (ref["authors"], ref["title"], ref["year"]) == (
        "FRANCIS FUKUYAMA", "TRUST: THE SOCIAL VIRTUES AND THE CREATION OF PROSPERITY", "1996")


def test_a_spanish_head_in_capitals_with_its_forename_stays_the_authors():
    assert parse_reference("GARCÍA, Juan: Título de la obra, Madrid, Alianza, 1990.")["authors"] == "GARCÍA, Juan"
