"""A note reference (`Smith, supra note 1, at 52`, `Brückner (Fn. 1), S. 12`) is a repeat like an op. cit.: a references
row of its own pointing (ref_of) to the reference of that note, with its title and year."""

from unittest import mock

import pandas as pd
import pytest

import histkit.citations.extract as extract


def references(*texts: str) -> pd.DataFrame:
    """The rule parser's references of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


@pytest.mark.parametrize("full, repeat", [
    ("MARY E. TOLLIVER, THE COMMON LAW IN COLONIAL AMERICA 45 (1990).", "Tolliver, supra note 1, at 52."),
    ("Hans Brückner, Gesinderecht in Preußen, Köln 1985, S. 45.", "Brückner (Fn. 1), S. 12."),
])
def test_a_note_reference_is_a_row_repeating_the_work_of_that_note(full, repeat):
    refs = references(full, repeat)
    first = refs.iloc[0]
    assert refs.iloc[1][["authors", "title", "year", "ref_of"]].tolist() == \
        [repeat.split(",")[0].split(" (")[0], first.title, first.year, "1:1"]


def test_a_note_reference_running_on_into_another_work_gives_no_row_of_its_own():
    refs = references("Amos Eshel, Zukünftigkeit, Berlin 2012, S. 3.",
                      "Eshel, (Fn. 1), 18, mit Bezug auf Percy Bysshe Shelley, A Defence of Poetry, 1821.")
    assert refs.note_no.tolist() == ["1"]
