"""Two authors joined by a word for "and" (no initials) are the authors, not the start of the title; a short title
after them repeats their work."""

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract
from histkit.citations import parse_reference


def references(*texts: str) -> pd.DataFrame:
    """The rule parser's references of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


def test_two_authors_joined_by_and_before_a_short_title_are_its_authors():
    refs = references("John Kearney and Mary Oster, The Making of the Port, Boston 1990, 45.",
                      "Kearney and Oster, Making of the Port, 52.")
    assert refs[["authors", "title", "year", "ref_of"]].values.tolist() == [
        ["John Kearney and Mary Oster", "The Making of the Port", "1990", ""],
        ["Kearney and Oster", "Making of the Port", "1990", "1:1"]]


def test_a_title_of_two_nouns_joined_by_and_is_no_pair_of_authors():
    assert parse_reference("Staat und Gesellschaft, Berlin 1990, 45.")["authors"] == ""
