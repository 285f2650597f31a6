"""A reference dated only to the day (a blog post, a newspaper article) has the year of that day in the merged
references table; a letter naming no title, or a reference printing its own year, keeps the year it has."""

import pandas as pd

from histkit.literature import with_model_references

COLUMNS = ["doc_id", "note_no", "seq", "authors", "title", "year", "raw", "ref_of"]


def _merged(text: str, authors: str, title: str, year: str = "") -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    rules = pd.DataFrame([["d", "1", 1, authors, title, year, text.rstrip("."), ""]], columns=COLUMNS)
    return with_model_references(rules, notes, model="no-model-here.crfsuite")


def test_a_blog_post_dated_to_the_day_has_that_days_year(monkeypatch):
    monkeypatch.setattr("histkit.literature.merge.model_rows", lambda *args, **kwargs: [])
    text = "Jahn, The Paris Effect, Verfassungsblog, 25.04.2024, https://verfassungsblog.de/the-paris-effect/."
    assert _merged(text, "Jahn", "The Paris Effect").year.tolist() == ["2024"]


def test_a_letter_naming_no_title_keeps_no_year(monkeypatch):
    monkeypatch.setattr("histkit.literature.merge.model_rows", lambda *args, **kwargs: [])
    assert _merged("Mittermaier an Savigny, 03/05/1833.", "Mittermaier", "").year.fillna("").tolist() == [""]


def test_a_reference_printing_its_year_keeps_it(monkeypatch):
    monkeypatch.setattr("histkit.literature.merge.model_rows", lambda *args, **kwargs: [])
    text = "Somek, Grundrecht kraft Mitlaufens, Die Presse 2023, 15.04.2024."
    assert _merged(text, "Somek", "Grundrecht kraft Mitlaufens", "2023").year.tolist() == ["2023"]
