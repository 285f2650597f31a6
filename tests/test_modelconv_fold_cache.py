"""The cross-validation's fold models are kept under what they read and how: never reused after a change of either."""

from __future__ import annotations

from conftest import load_script

import histkit.literature.model as model
from histkit.literature.model import input_digest

train_script = load_script("train_literature_model")

NOTES = {"a": [{"text": "Vgl. Luhmann, Recht, 1972.",
                "labels": ["out", "out", "B-author", "other", "title", "other", "year", "out"]}],
         "b": [{"text": "Weber, Wirtschaft, 1922.", "labels": ["B-author", "other", "title", "other", "year", "out"]}],
         "c": [{"text": "Ebd., 12.", "labels": ["out", "out", "out", "out", "out"]}]}


def fold(folder, doc_id="a"):
    return train_script.fold_model(doc_id, NOTES, folder, {d: input_digest(n) for d, n in NOTES.items()})


def test_a_fold_model_is_reused_when_nothing_changed(tmp_path):
    first = fold(tmp_path)
    assert fold(tmp_path) == first and sorted(tmp_path.iterdir()) == [first]


def test_a_fold_model_is_not_reused_when_the_features_change(tmp_path, monkeypatch):
    first = fold(tmp_path)
    features = model.features
    monkeypatch.setattr(model, "features", lambda text, tokens=None: [dict(f, extra=True) for f in features(text)])
    assert fold(tmp_path) != first


def test_a_fold_model_is_not_reused_when_the_training_parameters_change(tmp_path, monkeypatch):
    first = fold(tmp_path)
    monkeypatch.setitem(model.PARAMS, "c2", 0.5)
    assert fold(tmp_path) != first

