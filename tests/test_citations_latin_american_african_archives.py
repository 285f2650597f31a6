"""The national archives of Latin America and of anglophone and francophone Africa, known from `archives.csv`."""

import pytest
from conftest import one_citation


@pytest.mark.parametrize("text, code", [
    ("AGN, Inquisición, vol. 1234, exp. 5, denuncia, 12 de marzo de 1789.", "AGN"),
    ("KNA, PC/Coast/1/2/3, Provincial Commissioner to Chief Native Commissioner, 12 March 1915.", "KNA"),
    ("PRAAD, ADM 11/1/1234, Secretary for Native Affairs to Commissioner, 3 November 1921.", "PRAAD"),
    ("IHGB, lata 12, pasta 3, memória sobre o comércio, 1795.", "IHGB"),
    ("AHSDN, XI/481.3/1234, parte del general, 15 de mayo de 1867.", "AHSDN"),
    ("ANCh, Fondo Varios, vol. 245, diario, 14 de enero de 1852.", "ANCh"),
    ("ARM, D 112, lettre du gouverneur général, 2 février 1910.", "ARM"),
    ("Arquivo Nacional, Rio de Janeiro, códice 67, vol. 3, 1791.", "ANRJ"),
])
def test_latin_american_and_african_national_archives_are_known_by_their_codes(text, code):
    row = one_citation(text)
    assert (row.kind, row.archive) == ("archival", code)


@pytest.mark.parametrize("text, code", [
    ("AGN, Sala IX, 12-3-4, oficio del virrey, 3 de julio de 1779.", "AGN-AR"),  # the Buenos Aires rooms
    ("AGN, Sección Colonia, Fondo Miscelánea, t. 12, petición, 1778.", "AGNC"),  # Bogotá's sections
    ("AGN, Superior Gobierno, leg. 23, expediente, 1790.", "AGNP"),  # Lima's fonds
    ("NAI, CSO 26/2, file 12345, Resident to Secretary, 2 February 1928.", "NAN"),  # Ibadan's series
    ("NAI, DFA 305/57, 12 June 1957.", "NAI"),  # Dublin keeps the letters it had
    ("NAZ, S 1234/56, Native Commissioner to Chief Native Commissioner, 12 August 1934.", "NAZW"),
    ("ANM, Fonds anciens, 1 E 45, rapport de tournée, 14 mai 1913.", "AN Mali"),
])
def test_a_national_archives_letters_several_countries_share_are_told_apart_by_the_call_number(text, code):
    assert one_citation(text).archive == code
