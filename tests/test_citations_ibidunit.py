"""An Ibid. whose word no list holds, naming another unit of the archival citation before it: `Smst., pk. 1128, …`.

The notes are written for the tests: `Zarkova Lomstav` is an archive no list holds, `Ondo` and `Tuze` words for
"the same place" of no language the lists know.
"""

from __future__ import annotations

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.ibidshape import unknown_ibid_unit

FIRST = "Zarkova Arkiv, fond Lomstav, pk. 1127, zapis, 12.1.1938."


def _rows(*texts: str) -> list[tuple[str, str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations.fillna("")
    return list(zip(rows.note_no, rows.kind, rows.ibid_of, rows.unit, rows.date_start))


def test_the_shape_is_a_short_word_then_a_unit_or_call_number():
    assert unknown_ibid_unit("Ondo, pk. 1128, zapis, 3.2.1938.").group("word", "tail") == ("Ondo", "pk. 1128, zapis, 3.2.1938")
    assert unknown_ibid_unit("Tuze, A.XII.3/46").group("tail") == "A.XII.3/46"
    assert unknown_ibid_unit("Ondo, 13. doboz").group("tail") == "13. doboz"


def test_a_code_a_year_or_a_known_word_is_no_such_ibid():
    assert unknown_ibid_unit("ZL, 507, 3") is None          # a code in capitals opens a citation
    assert unknown_ibid_unit("Seuil, 1997") is None         # a publisher and its year
    assert unknown_ibid_unit("See above, p. 12") is None    # a lead word of the lists
    assert unknown_ibid_unit("Ondo, zapis lomski") is None  # no unit


def test_after_an_archival_citation_it_repeats_it_with_the_new_unit():
    rows = _rows(FIRST, "Ondo, pk. 1128, zapis, 3.2.1938.")
    assert rows[1] == ("2", "ibid", "1:1", "pk. 1128", "1938-02-03")


def test_alone_in_its_note_it_is_read_too():
    rows = _rows(FIRST, "Tuze, pk. 1129.")
    assert rows[1] == ("2", "ibid", "1:1", "pk. 1129", "1938-01-12")


def test_after_a_book_the_same_shape_is_not_an_ibid():
    rows = _rows("Jan Novak, Zapisy lomske (Brno: Lomstav, 1990), 45.", "Ondo, pk. 1128, zapis, 3.2.1938.")
    assert [kind for _, kind, *_ in rows if kind == "ibid"] == []
