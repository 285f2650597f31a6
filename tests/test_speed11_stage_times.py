"""scripts/stage_times.py: each stage is charged the time of its own work, and the wrapped route is the route."""

import types

import histkit.citations.extract as extract
import histkit.literature.merge as merge
import histkit.read.pdf as pdf
import histkit.store.tables as tables
from histkit import Document, build_tables

from conftest import load_script

stage_times = load_script("stage_times")


class Ticks:
    """A clock that moves only when told: what each wrapped call spends is known exactly."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_stage_is_charged_its_own_time_not_that_of_the_stages_it_calls():
    ticks = Ticks()
    module = types.SimpleNamespace()

    def inner():
        ticks.now += 5

    def outer():
        ticks.now += 1
        module.inner()
        ticks.now += 2

    module.inner, module.outer = inner, outer
    clock = stage_times.StageClock(clock=ticks)
    clock.wrap(module, "inner", "dates")
    clock.wrap(module, "outer", "layout")
    module.outer()
    assert dict(clock.times) == {"layout": 3, "dates": 5}


def test_the_instrumented_route_gives_the_same_tables_and_times_each_stage(monkeypatch):
    for module in (tables, extract, merge, pdf, stage_times.histkit):  # put back after the test
        for name in [n for n in vars(module) if callable(getattr(module, n)) and not n.startswith("_")]:
            monkeypatch.setattr(module, name, getattr(module, name))
    monkeypatch.setattr(stage_times.histkit, "load_corpus", stage_times.histkit.load_corpus)  # (loaded when first asked)
    doc = Document.from_text("Tito met Spaak on 12 May 1954.1\n\n1 AJ, 507, IX; M. Brown, The Pact (London, 1990), 12.\n",
                             doc_id="d")
    plain = build_tables([doc])
    clock = stage_times.StageClock()
    stage_times.instrument(clock)
    timed = build_tables([doc])
    assert all(timed[name].equals(plain[name]) for name in plain)
    assert {"layout", "notes", "archival citations", "literature rules", "literature model", "merge", "dates",
            "mentions"} <= set(clock.times)
