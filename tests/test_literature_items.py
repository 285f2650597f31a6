"""The model's input built from per-word parts: the same attribute names, and so the same labels, as from `features`."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import FIXTURES
from histkit.literature import features, tag_with_confidence
from histkit.literature.items import encode, items
from histkit.literature.model import _items, _tagger, read_note, shipped_model

NOTES = [
    "",
    "Ibid.",
    "12",
    "Vgl. N. Luhmann, Rechtssoziologie, Reinbek 1972, 239; Weber, Wirtschaft (1922), S. 45.",
    "Siehe „Das Recht der Gesellschaft“ (Frankfurt: Suhrkamp [1993]), 12–14. Dazu Teubner, a. a. O.",
    "Cf. ((nested) brackets)) and « quotes » , „open only",
    "В. Дедијер, Тито, Београд 1953, стр. 44.\nAJ, 507, IX, 9/I-12.",
    "See, e.g., Alschuler, supra note 3, at 5; id. at 7 (1998)...",
]


def _fixture_notes() -> list[str]:
    return pd.read_csv(FIXTURES / "citations" / "notes.csv", dtype=str).text.fillna("").tolist()


def _as_crfsuite_names(text: str) -> list[tuple[bytes, ...]]:
    return [tuple(name.encode() for name in encode(token)) for token in features(text)]


@pytest.mark.parametrize("text", NOTES)
def test_items_name_every_token_as_crfsuite_names_its_feature_dict(text):
    assert items(text) == _as_crfsuite_names(text)


def test_items_of_the_fixture_notes_are_their_features_named():
    assert all(items(text) == _as_crfsuite_names(text) for text in _fixture_notes())


def test_encode_names_a_flag_alone_and_a_value_after_a_colon_and_leaves_a_false_flag_out():
    assert encode({"BOS": True, "w": "in", "len": 2, "paren": False}) == ["BOS", "w:in", "len:2"]


def test_the_shipped_model_reads_the_same_labels_and_marginals_from_items_as_from_feature_dicts():
    tagger = _tagger(str(shipped_model()))
    for text in [t for t in NOTES + _fixture_notes() if t.strip()]:
        labels = tagger.tag(_items(text))
        marginals = [tagger.marginal(label, k) for k, label in enumerate(labels)]
        assert tag_with_confidence(text) == (labels, marginals)


def test_a_note_read_for_its_references_has_a_confidence_only_where_a_label_is_not_out():
    text = "Vgl. N. Luhmann, Rechtssoziologie, Reinbek 1972, 239. Das bleibt offen."
    _, labels, confidence = read_note(text, confident=True)
    assert [c for c, label in zip(confidence, labels) if label != "out"] == [
        c for c, label in zip(tag_with_confidence(text)[1], labels) if label != "out"]
    assert {c for c, label in zip(confidence, labels) if label == "out"} == {0.0}
