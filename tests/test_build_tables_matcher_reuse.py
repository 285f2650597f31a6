"""`build_tables` makes the actor matcher once per authority content in a process, and again for another one."""

import pandas as pd
import pytest

import histkit.store.tables as tables
from histkit import build_tables
from histkit.read import Document

_TEXT = "Tito met Spaak in Belgrade.\n"


@pytest.fixture
def builds(monkeypatch):
    made = []
    real = tables.build_matcher
    monkeypatch.setattr(tables, "_MATCHERS", {})
    monkeypatch.setattr(tables, "build_matcher", lambda table: made.append(len(table)) or real(table))
    return made


def _actors(*names):
    return pd.DataFrame([{"actor_id": n.lower(), "name": n, "kind": "person", "aliases": ""} for n in names])


def test_a_second_build_with_an_equal_authority_does_not_make_the_matcher_again(builds):
    first = build_tables([Document.from_text(_TEXT, doc_id="a")], actors=_actors("Tito", "Spaak"))
    again = build_tables([Document.from_text(_TEXT, doc_id="a")], actors=_actors("Tito", "Spaak"))
    assert builds == [2]
    assert first["mentions"].equals(again["mentions"])


def test_another_authority_makes_its_own_matcher(builds):
    only_tito = build_tables([Document.from_text(_TEXT, doc_id="a")], actors=_actors("Tito"))
    build_tables([Document.from_text(_TEXT, doc_id="a")], actors=_actors("Tito", "Spaak"))
    assert builds == [1, 2]
    assert only_tito["mentions"].actor_id.tolist() == ["tito"]
