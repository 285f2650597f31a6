"""A repeat the rules linked by an author that the merge then corrects (`Dies.` given the author named just before
it) is linked anew: `Brückner, a. a. O.` repeats Brückner's work, not the one `Dies.` wrongly gave him."""

import pandas as pd

from histkit.literature import merge
from histkit.literature.read import FIELD_COLUMNS


def _row(note_no: str, authors: str, title: str, year: str, raw: str, ref_of: str = "") -> dict:
    return {"doc_id": "d", "note_no": note_no, "seq": 1, **{c: "" for c in FIELD_COLUMNS if c != "editors"},
            "authors": authors, "title": title, "year": year, "script": "Latin", "raw": raw, "ref_of": ref_of}


def test_a_repeat_linked_through_a_corrected_author_is_linked_anew(monkeypatch):
    texts = {"1": "Hans Brückner, Gesinderecht, Köln 1985, S. 45.", "2": "Ingrid Lauterbach, Dienstboten, Frankfurt 1996.",
             "3": "Dies., Gesindezwang, Berlin 2001, S. 318.", "4": "Brückner, a. a. O., S. 14."}
    notes = pd.DataFrame({"doc_id": "d", "note_no": list(texts), "text": list(texts.values())})
    rules = pd.DataFrame([_row("1", "Hans Brückner", "Gesinderecht", "1985", texts["1"]),
                          _row("2", "Ingrid Lauterbach", "Dienstboten", "1996", texts["2"]),
                          _row("3", "Hans Brückner", "Gesindezwang", "2001", texts["3"]),  # the rules missed note 2
                          _row("4", "Brückner", "Gesindezwang", "2001", texts["4"], ref_of="3:1")])
    monkeypatch.setattr(merge, "model_rows", lambda *columns: [])
    merged = merge.with_model_references(rules, notes, model="a model")
    assert merged[["authors", "ref_of", "title", "year"]].values.tolist()[2:] == [
        ["Ingrid Lauterbach", "", "Gesindezwang", "2001"], ["Brückner", "1:1", "Gesinderecht", "1985"]]
