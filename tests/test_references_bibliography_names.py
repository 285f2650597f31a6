"""Chicago's bibliography form of names in notes (family name first, a full stop after the names), as Spanish and
Latin American notes print it: two authors, the second inverted too or with a particle, prose before them."""

from histkit.citations.references import parse_reference


def _read(raw):
    return {key: value for key, value in parse_reference(raw).items() if value and key != "script"}


def test_a_second_author_inverted_as_the_first_is_read_with_the_first():
    ref = _read("Craig, Paul y De Burca, Grainne. EU Law. Oxford, Oxford University Press, 2008, pp. 797-813.")
    assert ref["authors"] == "Craig, Paul, y Grainne De Burca"
    assert (ref["title"], ref["place"], ref["year"]) == ("EU Law", "Oxford", "2008")


def test_a_second_author_with_a_particle_before_the_surname():
    ref = _read("Craig, Paul, and Gráinne de Búrca. EU Law. Oxford: Oxford University Press, 2008.")
    assert (ref["authors"], ref["title"]) == ("Craig, Paul, and Gráinne de Búrca", "EU Law")


def test_a_clause_of_prose_before_the_names_is_no_part_of_the_reference():
    ref = _read("Sobre la libertad o derecho de establecimiento, Craig, Paul y De Burca, Grainne. EU Law. Oxford, "
                "Oxford University Press, 2008.")
    assert ref["authors"].startswith("Craig, Paul") and ref["title"] == "EU Law"


def test_pages_and_the_following_ones_in_spanish_words():
    ref = _read("Caicedo Castilla, Juan Joaquín. Derecho internacional privado. Bogotá, Temis, 1960, p. 146 y siguientes.")
    assert (ref["title"], ref["pages"]) == ("Derecho internacional privado", "p. 146 y siguientes")
