"""The merged references table keeps each column's type when the last step leaves out the rows that gave it.

`with_model_references` keeps a document's rows as dicts and makes its frame once, from the rows before the
title-only rows are left out (SPEED18): a column only such a row filled stays a text column, as it was when
the merge made a frame per step, not a column of floats that a store would write as numbers.
"""

import pandas as pd

from histkit.literature.merge import with_model_references

COLUMNS = ["doc_id", "note_no", "seq", "authors", "title", "container", "year", "pages", "raw", "ref_of"]


def test_a_column_only_a_left_out_row_filled_stays_text():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"],
                          "text": ["Vi insisto in: Diritto e tempo, 85.", "Eley, Forging, 2002, 12."]})
    rules = pd.DataFrame([["d", "1", 1, "", "Vi insisto in", "Diritto e tempo", "", "85",
                           "Vi insisto in: Diritto e tempo, 85.", ""],
                          ["d", "2", 1, "Eley", "Forging", None, "2002", "12", "Eley, Forging, 2002, 12.", ""]],
                         columns=COLUMNS)

    merged = with_model_references(rules, notes)

    assert merged[["note_no", "authors", "title", "source"]].values.tolist() == [["2", "Eley", "Forging", "rules"]]
    assert pd.api.types.is_string_dtype(merged.container) and merged.container.isna().all()
