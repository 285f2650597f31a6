"""French notes: lead-ins (`Cité par`, `Voir notamment`), short titles with `(n. N)`, imprints `Paris: PUF 1996`."""

from unittest import mock

import pandas as pd
import pytest

import histkit.citations.extract as extract
from conftest import fields
from histkit.citations import parse_reference


def references(*texts: str) -> pd.DataFrame:
    """The rule parser's references of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


@pytest.mark.parametrize("authors", ["D. et Y. Roman", "J. Dupont et P. Martin", "J. Dupont and P. Martin"])
def test_two_authors_joined_by_and_before_an_initial_are_the_authors(authors):
    ref = parse_reference(f"{authors}, Histoire de la Gaule, Paris: Fayard 1997, 31.")
    assert fields(ref, "authors", "title", "year") == (authors, "Histoire de la Gaule", "1997")


def test_a_title_with_and_between_capitalised_words_is_not_read_as_authors():
    assert parse_reference("Histoire et Société, Paris 1997.")["authors"] == ""

