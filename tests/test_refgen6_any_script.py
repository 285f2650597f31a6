"""Digits and full stops of any script read by their shape: a reference printed with Devanagari, Thai or full-width
digits, or ending in a danda, is read as one printed with ASCII digits."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.scriptfolds import fold_wide_punctuation


def test_devanagari_digits_and_the_danda_fold_to_ascii_and_a_full_stop_the_length_kept():
    text = "पृ. ४५–५२।"
    assert fold_wide_punctuation(text) == "पृ. 45–52." and len(fold_wide_punctuation(text)) == len(text)


def test_thai_and_full_width_digits_fold_to_ascii():
    assert fold_wide_punctuation("๑๙๘๕ ２００５") == "1985 2005"


def test_a_reference_with_devanagari_digits_gets_its_year():
    # (a made-up Latin-script reference printed with Devanagari digits: only the digits are new)
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"],
                          "text": ["Geoff Eley, Forging Democracy, Oxford: Oxford University Press, २००२, p. ४५."]})
    assert extract_citations(notes).references[["authors", "year"]].values.tolist() == [["Geoff Eley", "2002"]]
