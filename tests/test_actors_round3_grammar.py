"""Naming customs and grammar that mention round 3 (tests/fixtures/mentions/round3/) needed, each on a small text
written for the test: the last family name alone in Portuguese, eponym words of more languages."""

from conftest import found_mentions

SALAZAR = ("salazar", "António de Oliveira Salazar", "person", "")


def test_a_portuguese_text_names_a_man_by_the_last_of_his_family_names():
    text = ("O regime de António de Oliveira Salazar durou muito. Em 1958 a oposição disse que Salazar não era o "
            "Estado, e que o povo não o queria mais; para os da oposição, Salazar era apenas um homem com a polícia.")
    assert [s for _, s in found_mentions(text, SALAZAR)] == ["António de Oliveira Salazar", "Salazar", "Salazar"]


def test_a_text_in_another_language_does_not_take_the_last_family_name_alone():
    text = ("El general Miguel Primo de Rivera gobernó desde 1923. Los de la oposición y los del ejército "
            "dijeron que Rivera no era el que mandaba, y que el rey lo sabía con la ayuda de los suyos.")
    rivera = ("primo", "Miguel Primo de Rivera", "person", "")
    assert [s for _, s in found_mentions(text, rivera)] == ["Miguel Primo de Rivera"]


def test_a_name_after_an_avenue_in_portuguese_basque_or_hebrew_is_no_mention():
    delgado = ("delgado", "Humberto Delgado", "person", "")
    agirre = ("agirre", "Jose Antonio Agirre", "person", "")
    begin = ("begin", "מנחם בגין", "person", "")
    assert found_mentions("Chegou ao Aeroporto Humberto Delgado.", delgado) == []
    assert found_mentions("Lehendakari Agirre etorbidea luzea da.", agirre) == []
    assert found_mentions("הם הלכו אל שדרות בגין בתל אביב.", begin) == []
