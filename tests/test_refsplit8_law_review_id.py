"""A US law review's `Id.` with a note on the page or a statute's section repeats the work cited before it."""

import pandas as pd
import pytest

from histkit.citations import extract_citations

ARTICLE = "Mark A. Lemley, Property, Intellectual Property, and Free Riding, 83 Tex. L. Rev. 1031, 1040 (2005)."


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


@pytest.mark.parametrize("repeat, pages", [("Id. at 81 & n.12.", "81"), ("Id. at 81 n.12.", "81"), ("Id. § 1572.", "")])
def test_id_with_a_note_or_a_section_repeats_the_article_before(repeat, pages):
    row = _references(ARTICLE, repeat).iloc[-1]
    assert (row.raw, row.ref_of, row.pages) == (repeat, "1:1", pages)
