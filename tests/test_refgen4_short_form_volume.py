"""A short form ending in a volume-shaped mark alone (`Name, Title, t. 102`: Welsh `t.` is one page, Polish `t.` a
volume) is a reference either way: read by its shape, the number as the volume."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.shortshape import read_short_form, short_form


def test_a_short_form_may_end_in_a_volume_mark_and_its_number():
    assert short_form("Thorne, Friendly Societies, t. 102.").group("last") == "t. 102"


def test_the_number_after_a_volume_mark_ending_a_short_form_is_read_as_the_volume():
    ref = {}
    assert read_short_form("Kowalski, Kasy, t. 4", ref)
    assert ref == {"authors": "Kowalski", "title": "Kasy", "volume": "4", "pages": ""}


def test_an_archives_abbreviation_with_a_volume_mark_is_no_short_form():
    assert short_form("HDA, Fond zadruga, t. 4") is None


def test_a_short_form_ending_in_a_volume_mark_repeats_the_work_it_shortens():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "P. H. J. Thorne, Friendly Societies and the Working Class (Cardiff: UWP, 1994), pp. 77–81.",
        "Thorne, Friendly Societies and the Working Class, t. 102."]})
    refs = extract_citations(notes).references
    assert refs[["authors", "title", "year", "ref_of"]].values.tolist()[-1] == [
        "Thorne", "Friendly Societies and the Working Class", "1994", "1:1"]


def test_a_files_mark_in_capitals_ending_a_citation_is_no_volume():
    assert short_form("Académie François Bourdon, fonds Schneider, SS 0915.") is None


def test_a_volume_numbered_by_a_greek_letter_and_its_numeral_sign_stands_before_the_pages():
    # (`qσ.`: a made-up page mark)
    found = short_form("Βαφειάδου, Ιστορία, τ. Β΄, qσ. 310-312.")
    assert found.group("author", "title", "volume", "pages") == ("Βαφειάδου", "Ιστορία", "τ. Β΄", "qσ. 310-312")
