"""A short form citing a multi-volume work's volume in parts (`díl II, sv. 1`, `knj. 2, sv. 1`) repeats the work and
keeps the volume as printed, as a short form with one volume word does (`dl. 2`)."""

import pandas as pd
import pytest

from histkit.citations import extract_citations
from histkit.citations.shortrefs import read_shaped_short_title


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(i + 1) for i in range(len(texts))],
                          "text": list(texts)})
    return extract_citations(notes).references


@pytest.mark.parametrize("full, short, volume", [
    ("Václav Hrubý, Dějiny sociálního zákonodárství, díl II, sv. 1, Praha 1935, s. 301–330.",
     "V. Hrubý, Dějiny, díl II, sv. 1, s. 315.", "II, sv. 1"),
    ("Josip Radošević, Povijest agrarnog prava, knj. 2, sv. 1, Zagreb: Matica hrvatska, 1936., str. 301-330.",
     "Radošević, Povijest, knj. 2, sv. 1, str. 315.", "2, sv. 1"),
])
def test_a_short_form_with_a_volume_and_its_part_repeats_the_work(full, short, volume):
    found = _references(full, short)
    assert found.ref_of.tolist() == ["", "1:1"] and found.volume.tolist()[1] == volume


def test_one_volume_word_is_read_as_before():
    ref = {}
    assert read_shaped_short_title("Gerritsen, Geschiedenis, dl. 2, 310-311", ref) and ref["volume"] == "2"
