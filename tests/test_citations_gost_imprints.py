"""GOST imprints beyond `М.: Наука, 1975`: an English town with its state, the years a work's volumes came out over,
the count of volumes after the title (`: в 3 т.`) and an edition statement in abbreviated words."""

import pytest

from histkit.citations import parse_reference


@pytest.mark.parametrize("raw, title, year, volume", [
    ("Hartley J. M. Rural Credit in Late Imperial Russia. Ithaca, NY: Cornell University Press, 1998. P. 102–105.",
     "Rural Credit in Late Imperial Russia", "1998", ""),
    ("Луговской М. И. История кооперации: в 3 т. Л.: Изд-во ЛГУ, 1968–1972. Т. 2. С. 118.", "История кооперации", "1968", "2"),
    ("Иванов И. И. История: в 2 т. Т. 1. М., 1990. С. 5.", "История", "1990", "1"),
    ("Ветров Г. Д. Кредитная кооперация в России. Изд. 2-е, испр. и доп. М.: Экономика, 1989. С. 56.",
     "Кредитная кооперация в России", "1989", ""),
])
def test_gost_imprint_shapes_are_read(raw, title, year, volume):
    ref = parse_reference(raw)
    assert (ref["title"], ref["year"], ref["volume"]) == (title, year, volume)
