"""Libraries holding medieval manuscripts, and town, chapter, provincial and chancery archives of the pre-modern world,
are archives a historian cites: `archives.csv` lists them (a historian adds rows), each read by its name or the
abbreviation historians give it, its place or enclosing body dropped.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _rows(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k + 1) for k in range(len(texts))], "text": list(texts)})
    return extract_citations(notes).citations.fillna("")


@pytest.mark.parametrize("text, archive", [
    ("Bayerische Staatsbibliothek München, Clm 4660, fol. 3r.", "Bayerische Staatsbibliothek"),
    ("Universitätsbibliothek Heidelberg, Cod. Pal. germ. 357, fol. 7v.", "Universitätsbibliothek Heidelberg"),
    ("Biblioteka Kórnicka PAN, rkps BK 1234, k. 5r, 1530.", "Biblioteka Kórnicka"),
    ("Archiwum Krakowskiej Kapituły Katedralnej, Acta actorum capituli, t. 2, k. 4r, 1505.",
     "Archiwum Krakowskiej Kapituły Katedralnej"),
    ("Archivo Histórico Provincial de Valladolid, Protocolos, protocolo 612, fol. 3r, 2 de mayo de 1550.",
     "Archivo Histórico Provincial de Valladolid"),
    ("Parker Library, Corpus Christi College, Cambridge, MS 16, fol. 2r.", "Parker Library"),
])
def test_the_library_or_archive_is_read_by_its_name(text, archive):
    row = _rows(text).iloc[0]
    assert (row["kind"], row["archive"]) == ("archival", archive)


def test_the_abbreviation_historians_give_a_library_is_the_library():
    rows = _rows("BSB, Cgm 201, fol. 12v, um 1470.", "ADCO, B 11620, s.d.")
    assert list(rows.archive) == ["Bayerische Staatsbibliothek", "Archives départementales de la Côte-d'Or"]
