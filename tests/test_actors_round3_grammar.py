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


def test_a_hebrew_preposition_joins_a_hyphenated_surname():
    bengurion = ("bg", "דוד בן-גוריון", "person", "")
    assert [s for _, s in found_mentions("המכתב נשלח לבן-גוריון ביוני.", bengurion)] == ["לבן-גוריון"]


def test_an_acronym_with_gershayim_takes_a_hebrew_prefix():
    tzahal = ("idf", "צבא ההגנה לישראל", "institution", "צה״ל")
    assert [s for _, s in found_mentions("הם הצטרפו לצה״ל כגדודים.", tzahal)] == ["לצה״ל"]


def test_a_surname_with_an_apostrophe_takes_its_case_endings():
    xojayev = ("xojayev", "Fayzulla Xo'jayev", "person", "")
    assert [s for _, s in found_mentions("Bu Xo'jayevning xati edi.", xojayev)] == ["Xo'jayevning"]


def test_basque_animate_locatives_and_the_local_genitive_are_case_forms():
    agirre = ("agirre", "Jose Antonio Agirre", "person", "")
    government = ("gov", "Eusko Jaurlaritza", "institution", "")
    text = "Agirrerengana joan ziren, Agirrerengandik itzuli. Eusko Jaurlaritzako kideak."
    assert [s for _, s in found_mentions(text, agirre, government)] == [
        "Agirrerengana", "Agirrerengandik", "Eusko Jaurlaritzako"]


def test_an_irish_surname_particle_declines_and_lenites_the_name_after_it():
    collins = ("collins", "Mícheál Ó Coileáin", "person", "")
    ohiggins = ("ohiggins", "Caoimhín Ó hUiginn", "person", "")
    text = "Bás Mhíchíl Uí Choileáin; tuairim Uí Uiginn."
    assert [a for a, _ in found_mentions(text, collins, ohiggins)] == ["collins", "ohiggins"]


def test_a_middle_initial_before_a_particle_is_a_given_name_and_the_genitive_particle_keeps_it():
    cosgrave = ("cosgrave", "Liam T. Mac Cosgair", "person", "")
    text = "Rialtas Mac Cosgair. Páipéir Liam T. Mhic Cosgair; cairde Mhic Cosgair."
    assert [s for _, s in found_mentions(text, cosgrave)] == ["Mac Cosgair", "Liam T. Mhic Cosgair", "Mhic Cosgair"]
