"""Archives no authority file lists — a town's, a province's, a parish's, a company's, a family's — are read from the
article that names them.

`archives.csv` will never hold the thousands of small archives a corpus cites. The article names them, its town
dropped, and its series and call numbers are read as those of any archive; papers its writer holds are archival rows
with no archive.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _rows(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i + 1) for i in range(len(texts))], "text": list(texts)})
    return extract_citations(notes).citations.fillna("")


@pytest.mark.parametrize("text, archive, fond", [
    ("Archivio storico della Manifattura Rossi, Schio, Verbali del consiglio di amministrazione, vol. 4, seduta del "
     "3 marzo 1911.", "Archivio storico della Manifattura Rossi", "Verbali del consiglio di amministrazione"),
    ("Firmenarchiv Gebr. Haux, Ebingen, Protokolle der Gesellschafterversammlung, Bd. 2, Sitzung vom 4.5.1890.",
     "Firmenarchiv Gebr. Haux", "Protokolle der Gesellschafterversammlung"),
])
def test_the_town_after_an_unlisted_archive_before_a_series_in_words_is_no_fond(text, archive, fond):
    row = _rows(text).iloc[0]
    assert (row["archive"], row["fond"]) == (archive, fond)


def test_one_word_before_a_numbered_unit_is_the_fonds_not_the_town():
    row = _rows("Stadtarchiv Zell, Ratsprotokolle, Nr. 46, Sitzung vom 3. Mai 1817.").iloc[0]
    assert (row["archive"], row["fond"], row["unit"]) == ("Stadtarchiv Zell", "Ratsprotokolle", "Nr. 46")


@pytest.mark.parametrize("text, fond, unit", [
    ("Archives communales de Rodez, BB 14, délibération du 3 juin 1690.", "BB", "14"),
    ("Archives départementales de l'Aveyron (désormais ADA), C 1234, rôle des tailles, 1760.", "C", "1234"),
])
def test_a_french_cote_of_an_archive_the_article_names_is_series_and_article(text, fond, unit):
    row = _rows(text).iloc[0]
    assert (row["fond"], row["unit"]) == (fond, unit)


@pytest.mark.parametrize("ibid, unit, pages", [
    ("Ibídem, leg. 413, fol. 12, 3 de junio de 1842.", "leg. 413", "fol. 12"),
    ("Ebd., Bd. 113, S. 12, Sitzung vom 4. Januar 1790.", "Bd. 113", "S. 12"),
])
def test_the_leaves_an_ibid_names_after_its_new_file_are_no_unit(ibid, unit, pages):
    rows = _rows("Archivo Municipal de Écija, Actas capitulares, leg. 412, 2 de mayo de 1842.", ibid)
    assert (rows.iloc[1]["kind"], rows.iloc[1]["unit"], rows.iloc[1]["pages"]) == ("ibid", unit, pages)


def test_a_deposit_number_glued_to_its_letter_parts_its_reference_code_at_the_last_slash():
    row = _rows("Devon Heritage Centre, 1148M/add/12, estate rental, 1801–1803.").iloc[0]
    assert (row["fond"], row["unit"]) == ("1148M/add", "12")


@pytest.mark.parametrize("text, year", [
    ("Letters of Ann Smith to her sister, 1812–1815, in private possession.", "1812-01-01"),
    ("Photograph of the chapel, 1875, collection of the author.", "1875-01-01"),
])
def test_papers_in_private_hands_dated_by_their_year_are_an_archival_row_with_no_archive(text, year):
    row = _rows(text).iloc[0]
    assert (row["kind"], row["archive"], row["date_start"]) == ("archival", "", year)


def test_a_book_in_the_authors_collection_is_still_a_book():
    rows = _rows("John Smith, A History of the Parish (London: Methuen, 1901), 12, copy in the author's collection.")
    assert "archival" not in set(rows["kind"])
