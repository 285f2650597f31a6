"""A note listing the literature names a second work of the author just cited after "and" and a word for "the same
author" (`…, S. 20, und ders., Reichsjustiz …`): the comma before them ends the first work."""

import pandas as pd
import pytest

from histkit.citations import extract_citations, split_citations


@pytest.mark.parametrize("text, second", [
    ("Etwa Dornbusch (wie Anm. 1), S. 20, und ders., Reichsjustiz und Territorien, in: HZ 215 (1972), S. 561–590.",
     "ders., Reichsjustiz und Territorien, in: HZ 215 (1972), S. 561–590."),
    ("Ashcombe, The Closet (London, 1995), 12, and idem, Sloane's Correspondents (London, 2004), 55.",
     "idem, Sloane's Correspondents (London, 2004), 55."),
])
def test_and_the_same_author_opens_a_second_work(text, second):
    assert split_citations(text)[-1].raw == second


def test_a_name_after_and_is_no_same_author_word():
    text = "Hg. von Schmidt, und dessen Schüler, Berlin 1990, S. 4."
    assert [s.raw for s in split_citations(text) if s.role == "citation"] == [text]


def test_the_second_work_is_the_same_authors():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [
        "Heinrich Dornbusch, Das Reichskammergericht, Köln 1971, S. 20, und ders., Reichsjustiz und Territorien, "
        "in: HZ 215 (1972), S. 561–590."]})
    found = extract_citations(notes).references
    assert [(a.split()[-1], y) for a, y in zip(found.authors, found.year)] == [("Dornbusch", "1971"), ("Dornbusch", "1972")]
