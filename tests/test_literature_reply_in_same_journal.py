"""A reply or rejoinder cited by its writer and title with "ibid." where its journal would stand is a work of its own
in the journal of the work cited just before it in the note, not a repeat of that work."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _rows(text: str) -> list[tuple]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    refs = extract_citations(notes).references[["authors", "title", "container", "year", "ref_of"]]
    return [tuple("" if value != value or value is None else str(value) for value in row) for row in refs.values.tolist()]


@pytest.mark.parametrize("text, writer, title, journal, year", [
    ('Edith Rowntree-Vale, "A Reply to Harold Keane," Journal of Social History 6, no. 3 (1973): 402–9; Harold M. '
     'Keane, "Rejoinder," ibid., 410–12.', "Harold M. Keane", "Rejoinder", "Journal of Social History", "1973"),
    ("J. Kędzior, W odpowiedzi recenzentowi, „Kwartalnik Historyczny” 74, 1967, z. 4, s. 1041–1046; S. Pawlak, Replika, "
     "tamże, s. 1047–1049.", "S. Pawlak", "Replika", "Kwartalnik Historyczny", "1967"),
])
def test_reply_after_ibid_word_is_a_new_work_in_the_journal_just_cited(text, writer, title, journal, year):
    rows = _rows(text)
    assert len(rows) == 2 and rows[1][:2] == (writer, title) and rows[1][3] == year
    assert rows[1][2].startswith(journal) and rows[1][4] == ""


def test_an_ibid_opening_its_citation_still_repeats_the_work():
    rows = _rows("Ursula Meinecke, Kritik der Kritik, in: Geschichte und Gesellschaft 9 (1983), S. 293–320; ebd., S. 315.")
    assert len(rows) == 2 and rows[1][4] == "1:1"
