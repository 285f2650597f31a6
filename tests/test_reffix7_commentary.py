"""A German commentary cited by its name and its author's (`Staudinger/Hellweg, BGB, 13. Bearb. 1999, § 611 Rn. 12`)
is literature by that author, also when a note reference repeats it."""

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract


def references(*texts: str) -> pd.DataFrame:
    """The rule parser's references of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


def test_a_commentary_cited_with_its_authors_name_is_that_authors_and_a_note_reference_repeats_it():
    refs = references("Friedrich Amsel, Vom Gesindevertrag, Tübingen 1958, S. 99; Staudinger/Hellweg, BGB, 13. Bearb. "
                      "1999, § 611 Rn. 12.", "Staudinger/Hellweg (Fn. 1), § 611 Rn. 20.")
    assert refs[["authors", "container", "year", "ref_of"]].values.tolist()[1:] == [
        ["Hellweg", "BGB", "1999", ""], ["Hellweg", "BGB", "1999", "1:2"]]
