"""A reading of the model that lies within a rules row another reading was paired with, and holds that row's year
where that reading does not, is part of that reference (`…, mit einem Vorwort von Charles Segal, Baltimore 1994`),
not a reference of its own; one whose year the reading used holds too, or of another year, still is."""

import pandas as pd

from histkit.literature import merge
from histkit.literature.read import FIELD_COLUMNS


def _reading(text: str, raw: str, **fields) -> dict:
    start = text.index(raw)
    return {"doc_id": "d", "note_no": "1", "seq": 1, **{c: "" for c in FIELD_COLUMNS}, **fields,
            "raw": raw, "start": start, "end": start + len(raw), "confidence": 0.9}


def _merged(monkeypatch, text: str, rule: dict, readings: list[dict]) -> pd.DataFrame:
    monkeypatch.setattr(merge, "model_rows", lambda *columns: readings)
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    row = {"doc_id": "d", "note_no": "1", "seq": 1, **{c: "" for c in FIELD_COLUMNS if c != "editors"},
           "script": "Latin", "ref_of": "", **rule}
    return merge.with_model_references(pd.DataFrame([row]), notes, model="a model")


def test_a_reading_of_the_rows_own_imprint_is_not_added(monkeypatch):
    text = "Conte, Genres and Readers [1991], übersetzt von Glenn W. Most, mit einem Vorwort von Charles Segal, Baltimore 1994."
    rule = {"authors": "Conte", "title": "Genres and Readers", "year": "1994", "raw": text[:-1]}
    readings = [_reading(text, "Conte, Genres and Readers [1991", authors="Conte", title="Genres and Readers", year="1991"),
                _reading(text, "Vorwort von Charles Segal, Baltimore 1994", authors="Vorwort von Charles Segal",
                         place="Baltimore", year="1994")]
    assert _merged(monkeypatch, text, rule, readings).authors.tolist() == ["Conte"]


def test_a_reading_of_the_year_the_used_one_holds_too_is_added(monkeypatch):
    text = "Kant, Recht, 1797, 12. See especially Hegel, Grundlinien, 1797."
    rule = {"authors": "Kant", "title": "Recht", "year": "1797", "raw": text[:-1]}
    readings = [_reading(text, "Kant, Recht, 1797, 12", authors="Kant", title="Recht", year="1797"),
                _reading(text, "Hegel, Grundlinien, 1797", authors="Hegel", title="Grundlinien", year="1797")]
    assert _merged(monkeypatch, text, rule, readings).authors.tolist() == ["Kant", "Hegel"]


def test_a_reading_of_another_year_is_added(monkeypatch):
    text = "Lakovic, Pomoc, 2006, and the documents in Foreign Relations of the United States, 1951, vol. IV."
    rule = {"authors": "Lakovic", "title": "Pomoc", "year": "2006", "raw": text[:-1]}
    readings = [_reading(text, "Lakovic, Pomoc, 2006", authors="Lakovic", title="Pomoc", year="2006"),
                _reading(text, "United States, 1951", authors="United States", year="1951")]
    assert _merged(monkeypatch, text, rule, readings).authors.tolist() == ["Lakovic", "United States"]
