"""The call numbers of military archives part at the level a historian names: the Militärarchiv's series numbered by a
unit and its part (`RH 24-48/215`: the corps' files, then the file), the Service historique's fonds, series and article
whatever follows it (`GR 5 N 412, dossier 2`; a file's description after it is no unit), and a war diary's or a
command's name in capitals (`KTB Pz.AOK 3`, `KTB XXIV AK 5`) is the document's, no unit."""

import pandas as pd
import pytest

from histkit.citations import extract_citations
from histkit.citations.holdings import is_unit_token


def _rows(text: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations.fillna("")


@pytest.mark.parametrize("text, fond, unit", [
    ("BArch-MA, RH 24-48/215, Tagesmeldung vom 3.8.1943.", "RH 24-48", "215"),
    ("BArch-MA, RH 2/1520, Vortragsnotiz vom 4.2.1941.", "RH 2", "1520"),
    ("BA-MA, RL 7-4/88, Bl. 12, Lagebericht vom 9.9.1940.", "RL 7-4", "88"),
])
def test_a_militararchiv_series_numbered_by_a_unit_and_its_part_parts_at_the_slash(text, fond, unit):
    row = _rows(text).iloc[0]
    assert (row.archive, row.fond, row.unit) == ("BA-MA", fond, unit)


def test_a_war_diary_named_in_capitals_after_the_file_is_no_unit():
    row = _rows("BArch-MA, RH 21-3/410, KTB PZA AOK 3, Eintrag vom 2.10.1941.").iloc[0]
    assert (row.fond, row.unit, row.date_start) == ("RH 21-3", "410", "1941-10-02")
    assert not is_unit_token("KTB PZA AOK 3") and is_unit_token("Bd. 3")


@pytest.mark.parametrize("text, fond, unit", [
    ("SHD, GR 5 N 412, dossier 2, note du 3 mai 1916.", "GR 5 N", "412, dossier 2"),
    ("SHD, GR 24 N 2871/2, JMO de la 42e division, 8 mars 1916.", "GR 24 N", "2871/2"),
    ("SHD, GR 9 J 815, dossier de procédure du conseil de guerre, 1915.", "GR 9 J", "815"),
])
def test_a_shd_cote_gives_its_series_and_article_whatever_follows(text, fond, unit):
    row = _rows(text).iloc[0]
    assert (row.archive, row.fond, row.unit) == ("SHD", fond, unit)


def test_a_unit_word_before_a_description_in_small_letters_is_no_unit():
    assert not is_unit_token("dossier administratif de résistant")
    assert not is_unit_token("file of letters from the front")
    assert is_unit_token("dossier 45") and is_unit_token("box 12")
