"""The archives of former French colonies cite French cotes: the series the fond, the article the unit."""

import pytest
from conftest import one_citation


@pytest.mark.parametrize("text, fond, collection, unit", [
    ("ANS, K 19, procès-verbaux des séances de la commission, 4 et 18 mars 1925.", "K", "", "19"),
    ("ANS, 17 G 381 (126), lettre du gouverneur général, 3 mars 1941.", "17 G", "", "381 (126)"),
    ("ARM, D 112, lettre du gouverneur général, 2 février 1910.", "D", "", "112"),
    ("ANOM, GGM, 2 D 45, rapports des chefs de province, 1909-1911.", "GGM", "2 D", "45"),
    ("ANM, Fonds anciens, 1 E 45, rapport de tournée, 14 mai 1913.", "Fonds anciens", "1 E", "45"),
])
def test_the_archives_of_former_french_colonies_read_their_cotes_as_series_and_article(text, fond, collection, unit):
    row = one_citation(text)
    assert (row.fond, row.collection, row.unit) == (fond, collection, unit)
