"""A note surveying the literature opens its sentences with words that lead to the next work (`Also useful are`,
`En dernier lieu`, `Véanse también`, `Weiterführend`): they are no part of the authors or the title."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _references(text: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).references


@pytest.mark.parametrize("text, surname", [
    ("Margaret Ellory, Possessing the World (Berkeley: University of California Press, 1994). Also useful are Thomas "
     "Kerrow and Alison Mabey, eds., Curiosity and Wonder (Aldershot: Ashgate, 2001), chap. 3.", "Kerrow"),
    ("Voir Paul Gastinel, Les mémoires couronnés, Paris, PUF, 2004. En dernier lieu, Tessaire, L'Utilité savante, "
     "Paris, Classiques Garnier, 2018.", "Tessaire"),
])
def test_a_survey_notes_lead_words_are_no_authors(text, surname):
    found = _references(text)
    assert any(surname in authors.split() and not title.startswith(("Also", "En dernier"))
               for authors, title in zip(found.authors, found.title))

