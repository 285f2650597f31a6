"""A second file after `ebenso` ("likewise") is a row of its own, and the military and resistance archives are known
by the names historians give them (`Bundesarchiv, Abteilung Militärarchiv`; the Istituto nazionale Ferruccio Parri
by its old initials INSMLI)."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(text: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations.fillna("")


def test_a_file_after_ebenso_is_a_row_of_its_own():
    rows = _rows("Lagebericht für Mai 1942, BArch, R 58/1012; ebenso BArch-MA, RW 35/1208, o. D.")
    archival = rows[rows.kind == "archival"]
    assert list(archival.archive) == ["BArch", "BA-MA"]
    assert list(archival.unit) == ["1012", "1208"]


def test_the_militararchiv_named_as_a_department_of_the_bundesarchiv():
    row = _rows("Bundesarchiv, Abteilung Militärarchiv, Freiburg, N 245/7, Tagebuch, März 1942.").iloc[0]
    assert (row.archive, row.fond, row.unit) == ("BA-MA", "N 245", "7")


def test_the_parri_institute_by_its_old_initials():
    rows = _rows("Archivio dell'INSMLI, fondo Corpo volontari della libertà, b. 3, fasc. 9, 1944.")
    assert rows.iloc[0].archive == "INSMLI"
