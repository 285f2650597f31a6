"""After an archival citation and a semicolon, a short word on no list and another unit is an Ibid. of the holding
(`ibidshape.unknown_ibid_unit`), not commentary: the splitter keeps it as a citation.

The Ibid. word is Swahili's `pale` ("there"), on no list; `sand.` (sanduku, "box") is on none either.
"""

import pandas as pd

from histkit.citations import extract_citations, load_archives, split_citations


def test_a_short_word_and_another_unit_after_a_semicolon_is_kept_as_a_citation():
    note = "TNA, CO 691/123, sand. 115, barua, 3 May 1932; pale, sand. 116, barua."
    assert [s.role for s in split_citations(note)] == ["citation", "citation"]


def test_it_repeats_the_holding_with_its_own_unit():
    note = "TNA, CO 691/123, sand. 115, barua, 3 May 1932; pale, sand. 116, barua."
    rows = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [note]}), load_archives()).citations
    second = rows[rows.seq == 2].iloc[0]
    assert (second.kind, second.archive, second.unit.split(",")[0]) == ("ibid", "TNA", "sand. 116")


def test_after_prose_the_same_shape_stays_commentary():
    note = "The governor wrote often; pale, sand. 116, barua."
    assert [s.role for s in split_citations(note)][-1] == "commentary"
