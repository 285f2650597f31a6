"""Prose before a colon that ends in a short abbreviation (`u. a.`, `z. B.`, `e.g.`: "among others", "for example")
is still prose: commentary, and the reference after the colon a citation with its authors."""

import pandas as pd
import pytest

from histkit.citations import extract_citations, split_citations


@pytest.mark.parametrize("lead", ["Studien in Buchlänge sind u. a.:", "Neuere Arbeiten dazu sind z. B.:",
                                  "Recent studies of the subject include e.g.:"])
def test_prose_ending_in_an_abbreviation_before_a_colon_is_commentary(lead):
    note = f"{lead} Anna Weber und Karl Roth, Die Stadt und ihre Bürger, Berlin 1995; Jan Kos, Handel, Wien 1990."
    pieces = [(s.role, s.raw) for s in split_citations(note)]
    assert pieces[0] == ("commentary", lead) and pieces[1][0] == "citation" and pieces[1][1].startswith("Anna Weber")


def test_the_reference_after_the_colon_keeps_its_authors():
    note = "Studien in Buchlänge sind u. a.: Anna Weber und Karl Roth, Die Stadt und ihre Bürger, Berlin 1995."
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [note]})).references
    assert refs.authors.tolist() == ["Anna Weber und Karl Roth"]
