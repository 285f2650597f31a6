"""Film, sound, picture, museum, oral-history, company and digitised collections are archives a historian cites.

`archives.csv` lists them (a historian adds rows): each is read by its name wherever a note names it, its place or
enclosing body dropped, and written as the authority's code.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _first(text: str) -> dict:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations.fillna("").iloc[0].to_dict()


@pytest.mark.parametrize("text, archive", [
    ("Historisches Archiv Krupp, WA 7f/1234, Bericht vom 3.2.1911.", "Historisches Archiv Krupp"),
    ("Stiftung Haus der Geschichte der Bundesrepublik Deutschland, Bonn, Inv.-Nr. 2001/05/0077, Plakat, 1972.",
     "Stiftung Haus der Geschichte der Bundesrepublik Deutschland"),
    ("BFI National Archive, ID 54321, The Open Road (1926).", "BFI National Archive"),
    ("Musée de l'Armée, inv. 1999.5.12, affiche, 1915.", "Musée de l'Armée"),
    ("Nederlands Instituut voor Beeld en Geluid, Polygoon Hollands Nieuws, weeknummer 52-03, januari 1952.",
     "Nederlands Instituut voor Beeld en Geluid"),
    ("Narodowe Archiwum Cyfrowe, sygn. 3/1/0/7/1234, fotografia, 1937.", "Narodowe Archiwum Cyfrowe"),
])
def test_the_archive_is_read_by_its_name(text, archive):
    row = _first(text)
    assert (row["kind"], row["archive"]) == ("archival", archive)


def test_an_abbreviation_the_note_defines_is_the_listed_archive():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "Philips Company Archives, Eindhoven (hereafter PCA), 812.2/45, minutes, 4 June 1951.",
        "PCA, 812.2/46, n.d."]})
    rows = extract_citations(notes).citations.fillna("")
    assert set(rows.archive) == {"Philips Company Archives"}
