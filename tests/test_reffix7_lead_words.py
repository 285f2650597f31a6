"""Lead-ins of Spanish, German, Polish, Serbian and Croatian notes are cut off the authors."""

import pytest

from histkit.citations import parse_reference


@pytest.mark.parametrize("text, authors", [
    ("Vid. también MERINO BLASCO, Ramón (ed.): Memorias de un interventor, Málaga, Algazara, 2010, pp. 14-20.",
     "MERINO BLASCO, Ramón"),
    ("Zusammenfassend Ingrid Lauterbach, Gesindezwang und Freizügigkeit, Berlin 2001, S. 330.", "Ingrid Lauterbach"),
    ("Szerzej zob. Wanda Kurek, Spółdzielczość w PRL, Łódź 2005, s. 7–9.", "Wanda Kurek"),
    ("Упор. Драган Јанковић, „Тито у Анкари 1954“, Токови историје, бр. 3–4, 1999, 33–51.", "Драган Јанковић"),
])
def test_a_lead_in_is_no_part_of_the_authors(text, authors):
    assert parse_reference(text)["authors"] == authors
