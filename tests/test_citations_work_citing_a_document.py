"""A printed work cited with the archival document it quotes, after a comma and a word for "citing" (`citing_words.csv`),
gives two rows: the work, then the document (`…, p. 45, qui cite SHD, GR 2 H 12, …`); before anything that is no
archive the word is the work's own prose."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.citing import without_citing_words


def _rows(text: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations.fillna("")


def test_a_book_citing_a_file_gives_the_book_and_the_file():
    rows = _rows("Anne Roche, La Guerre des djebels, Paris, Seuil, 1998, p. 77, qui cite SHD, GR 2 H 412, "
                 "note du 4 mars 1959.")
    assert list(rows.kind) == ["literature", "archival"]
    assert (rows.iloc[1].archive, rows.iloc[1].fond, rows.iloc[1].unit, rows.iloc[1].date_start) == \
        ("SHD", "GR 2 H", "412", "1959-03-04")


def test_a_german_reference_citing_a_file_after_der_zitiert():
    rows = _rows("Vgl. Karl Weber, Besatzung und Alltag, Berlin 2001, S. 18, der zitiert BArch, "
                 "R 43 II/1450, Vermerk vom 3. Juni 1941.")
    assert list(rows.kind) == ["literature", "archival"]
    assert rows.iloc[1].date_start == "1941-06-03"


def test_citing_before_no_archive_stays_in_the_work():
    text = "P. Hale, Winter Lines (London: Cape, 1994), 12, citing a letter in private hands."
    assert without_citing_words(text) == text
