"""A lead word followed by a colon (`Vgl.:`, `Види:`), and any word for "see" the splitter knows, is cut off the
reference's authors."""

import pytest

from histkit.citations import parse_reference


@pytest.mark.parametrize("text, authors", [
    ("Vgl.: Anna Berger, Die Armenpflege, Leipzig 1901, S. 12.", "Anna Berger"),
    ("Види: Мирко Станић, Новине у Србији, Београд: Просвета, 1999, стр. 4.", "Мирко Станић"),
    ("Srov. Jan Novák, Spolky v Plzni, Praha 1990, s. 45.", "Jan Novák"),
])
def test_a_lead_word_with_or_without_a_colon_is_no_part_of_the_authors(text, authors):
    assert parse_reference(text)["authors"] == authors
