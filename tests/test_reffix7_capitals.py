"""References whose authors are printed in capitals before a colon (Spanish house style), and `Id.:` for the same
author, are read as literature with their authors, title and imprint."""

from unittest import mock

import pandas as pd
import pytest

import histkit.citations.extract as extract


def references(*texts: str) -> pd.DataFrame:
    """The rule parser's references of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


# (a quoted title is read without its marks, as after a comma: `Name, «Título», …`)
@pytest.mark.parametrize("text, authors, title", [
    ("SALCEDO RUIZ, J.: «Los interventores», Madrid, CSIC, 1990, pp. 612-640.", "SALCEDO RUIZ, J.", "Los interventores"),
    ("VALLVERDÚ SAÑA, Marta y PONS ESCUDÉ, Jordi: La administración colonial, Granada, Comares, 2004, p. 145.",
     "VALLVERDÚ SAÑA, Marta y PONS ESCUDÉ, Jordi", "La administración colonial"),
])
def test_authors_in_capitals_before_a_colon_are_the_authors_and_what_follows_the_title(text, authors, title):
    assert references(text)[["authors", "title"]].values.tolist() == [[authors, title]]


def test_id_with_a_colon_is_the_author_before_and_a_repeat_by_family_names_finds_the_work():
    refs = references("ORTIZ DE LA TORRE, Pilar: Tierras y colonos, Madrid, CSIC, 1999, p. 4.",
                      "Id.: Colonos y cabileños en el Marruecos español, Granada, Comares, 2008, p. 33.",
                      "VALLVERDÚ SAÑA, Marta y PONS ESCUDÉ, Jordi: La administración, Granada, Comares, 2004, p. 145.",
                      "VALLVERDÚ SAÑA y PONS ESCUDÉ: La administración, p. 160.")
    assert refs[["authors", "title", "year", "ref_of"]].values.tolist()[1:] == [
        ["ORTIZ DE LA TORRE, Pilar", "Colonos y cabileños en el Marruecos español", "2008", ""],
        ["VALLVERDÚ SAÑA, Marta y PONS ESCUDÉ, Jordi", "La administración", "2004", ""],
        ["VALLVERDÚ SAÑA y PONS ESCUDÉ", "La administración", "2004", "3:1"]]
