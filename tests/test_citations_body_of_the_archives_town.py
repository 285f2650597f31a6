"""A body of the town an unlisted archive's name holds, named after it, is the fonds, not the archive's town."""

from conftest import cite


def test_a_court_of_the_archives_own_town_is_the_fond():
    row = cite("Archiwum Państwowe w Suwałkach, Sąd Okręgowy w Suwałkach, sygn. 77/3, akta sprawy, 1951.").citations.iloc[0]
    assert (row.fond, row.unit) == ("Sąd Okręgowy w Suwałkach", "sygn. 77/3")


def test_a_town_of_several_words_after_the_name_is_still_its_town():
    row = cite("Arquivo Histórico do Exército, Rio de Janeiro, caixa 12, ofício, 3 de maio de 1890.").citations.iloc[0]
    assert row.fond != "Rio de Janeiro"
