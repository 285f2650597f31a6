"""A short form whose page mark no list holds is read by its shape: a name, a short title, a volume if any and the
pages (`shortshape`), and points to the full reference it shortens."""

import pandas as pd

from histkit.citations import extract_citations


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    return extract_citations(notes).references


def test_an_icelandic_short_form_repeats_the_book():
    refs = _references("Jón Sveinsson, Saga bæjanna (Reykjavík: Sögufélag, 1971), bls. 3.",
                       "Jón Sveinsson, Saga bæjanna, bls. 14.")
    assert refs.ref_of.tolist()[1] == "1:1" and refs.year.tolist()[1] == "1971"


def test_a_georgian_short_form_repeats_the_book():
    refs = _references("ლ. ჯაფარიძე, სოფლის მეურნეობა, ქუთაისი: ნაკადული, 1979, გვ. 8.",
                       "ჯაფარიძე, სოფლის მეურნეობა, გვ. 20.")
    assert refs.ref_of.tolist()[1] == "1:1"


def test_a_short_form_with_a_volume_by_its_shape_keeps_the_volume():
    refs = _references("Jón Sveinsson, Landið (Reykjavík: Sögufélag, 1971), bls. 3.",
                       "Jón Sveinsson, Landið, b. 2, bls. 14.")
    assert refs.volume.tolist()[1] == "2"


def test_an_archive_name_before_a_file_and_a_box_is_no_short_form():
    from histkit.citations.shortshape import short_form

    assert short_form("Harrow Archives, Quill Papers, box 14.") is None
