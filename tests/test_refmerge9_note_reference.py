"""A short form naming the note its work was cited in (`Klimrath, Travaux (n. 10) 9`) is linked to that note's
reference by its author even where only the model read that reference; where the note holds no such reference it
stays unlinked rather than be tied to another work."""

import pandas as pd

from histkit.literature import merge
from histkit.literature.read import FIELD_COLUMNS


def _row(note_no: str, authors: str, title: str, raw: str, seq: int = 1) -> dict:
    return {"doc_id": "d", "note_no": note_no, "seq": seq, **{c: "" for c in FIELD_COLUMNS if c != "editors"},
            "authors": authors, "title": title, "script": "Latin", "raw": raw, "ref_of": ""}


def _reading(text: str, raw: str, **fields) -> dict:
    start = text.index(raw)
    return {"doc_id": "d", "note_no": "10", "seq": 1, **{c: "" for c in FIELD_COLUMNS}, **fields,
            "raw": raw, "start": start, "end": start + len(raw), "confidence": 0.9}


def test_a_note_reference_links_to_the_models_reading_of_that_note(monkeypatch):
    texts = {"10": "Voir H. Klimrath, Travaux sur l'histoire du droit français, Paris 1843.",
             "34": "Klimrath, Travaux (n. 10) 9.", "35": "Halbfass, Tatsache (n. 10) 911."}
    notes = pd.DataFrame({"doc_id": "d", "note_no": list(texts), "text": list(texts.values())})
    rules = pd.DataFrame([_row("34", "Klimrath", "Travaux", texts["34"][:-1]),
                          _row("35", "Halbfass", "Tatsache", texts["35"][:-1])])
    readings = [_reading(texts["10"], "H. Klimrath, Travaux sur l'histoire du droit français, Paris 1843",
                         authors="H. Klimrath", title="Travaux sur l'histoire du droit français", year="1843")]
    monkeypatch.setattr(merge, "model_rows", lambda *columns: readings)
    merged = merge.with_model_references(rules, notes, model="a model")
    assert merged[["note_no", "ref_of"]].values.tolist() == [["10", ""], ["34", "10:1"], ["35", ""]]
