"""Sources in private hands: a family's holding is the archive as the note names it; the author's own have none.

`Privatbesitz der Familie X, Town, …` names a holding in private hands (the town after it no level of it); an
interview the author recorded or a letter the author received lies in no archive: an archival row with no archive,
dated by its day (`privateholdings`). Before, the first was commentary and gave no row, the second literature.
"""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str) -> list[dict]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    table = extract_citations(notes).citations.fillna("")
    return table[["kind", "archive", "collection", "date_start", "ibid_of"]].to_dict("records")


def test_a_family_holding_is_the_archive_and_its_town_no_level():
    rows = _rows("Privatarchiv der Familie Brandt, Kiel, Brief an den Bruder, 12. Juli 1917.", "Ebd., Brief vom 3. August 1917.")
    assert rows[0] == {"kind": "archival", "archive": "Privatarchiv der Familie Brandt", "collection": "",
                       "date_start": "1917-07-12", "ibid_of": ""}
    assert (rows[1]["kind"], rows[1]["archive"], rows[1]["date_start"]) == ("ibid", "Privatarchiv der Familie Brandt", "1917-08-03")


def test_the_private_words_of_other_languages():
    rows = _rows("Archiwum prywatne rodziny Nowaków, Lublin, list z 3 V 1946 r.",
                 "Colección particular de la familia Ruiz, Sevilla, carta del 4 de junio de 1937.")
    assert [r["archive"] for r in rows] == ["Archiwum prywatne rodziny Nowaków", "Colección particular de la familia Ruiz"]


def test_an_interview_by_the_author_is_an_archival_row_with_no_archive():
    rows = _rows("Interview with Maria D. by the author, Graz, 4 October 2003.", "Ibid.",
                 "Gespräch des Verfassers mit Otto F., Linz, 12.3.1999.")
    assert [(r["kind"], r["archive"], r["date_start"]) for r in rows] == [
        ("archival", "", "2003-10-04"), ("ibid", "", "2003-10-04"), ("archival", "", "1999-03-12")]


def test_a_book_translated_by_the_author_stays_literature():
    assert _rows("Smith, The Long Peace (London, 1990), 45, translated by the author.")[0]["kind"] == "literature"
    assert _rows("Private collections are rarely open to historians; see Jones, Archives (Leeds, 1998).")[0]["kind"] \
        != "archival"
