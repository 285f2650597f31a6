"""Archival rounds 13 and 14 read in-sample: an Ibid. that names one unit of its own, then a date."""

from conftest import cite


def _units(*texts: str) -> list[tuple[str, str, str]]:
    rows = cite(*texts).citations
    return [(r.kind, r.unit, r.date_start) for r in rows.itertuples()]


def test_an_ibid_naming_one_unit_of_its_own_then_a_date_cites_that_unit():
    rows = _units("Archives de l'État X (AEX), Manuels du Conseil, vol. 212, séance du 3 mai 1848.",
                  "Ibid., vol. 213, séances des 2 et 9 mai 1848.")
    assert rows[1] == ("ibid", "vol. 213", "1848-05-02")


def test_an_ibid_naming_a_page_then_a_date_keeps_the_unit_it_repeats():
    rows = _units("Archives de l'État X (AEX), Manuels du Conseil, vol. 212, séance du 3 mai 1848.",
                  "Ibid., p. 4, 9 mai 1848.")
    assert rows[1][:2] == ("ibid", "vol. 212")


def test_an_ibid_naming_a_leaf_then_a_date_keeps_the_unit_it_repeats():
    rows = _units("Archivo X (AX), Notaría 169, vol. 1034, 3 de mayo de 1850.", "Ibídem, fs. 52-53, 1851.")
    assert rows[1][:2] == ("ibid", rows[0][1]) and rows[0][1].startswith("vol. 1034")


def test_a_unit_word_once_before_two_numbers_joined_by_and_cites_two_units():
    rows = _units("Nationaal Archief X (NAX), toegang 2.10.01, inv.nr. 1234 en 1235, 1899.")
    assert [unit for kind, unit, _ in rows if kind == "archival"] == ["inv.nr. 1234", "inv.nr. 1235"]
