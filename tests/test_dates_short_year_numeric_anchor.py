"""The numeric short-date forms are tried only where their joint anchor holds: one scan to the digits answers as the
five forms' own anchors do (`shortyears._NUMERIC`)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from histkit.dates import shortyears
from histkit.dates.anchors import holds
from histkit.dates.shortyears import names_a_short_year, with_short_years

_NUMERIC_ANCHORS = shortyears._ANCHORS[:len(shortyears._NUMERIC_RESTS)]


@pytest.mark.parametrize("text", ["Minuted on 3.10.38", "wire of 18/5/38", "brev 13/5-38", "12/5 1938",
                                  "121530Z MAY 44", "ROME 16 MAY 38 1445", "page 18", "no number", "pp. 12-14",
                                  "the spring of '38", "Mai 68"])
def test_the_joint_numeric_anchor_holds_where_one_of_the_five_holds(text):
    assert holds(shortyears._NUMERIC, text) == any(holds(anchor, text) for anchor in _NUMERIC_ANCHORS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789./-' ’ZMAYmayIVX\u0660", max_size=24))
def test_the_joint_numeric_anchor_answers_as_the_five_on_any_text(text):
    assert holds(shortyears._NUMERIC, text) == any(holds(anchor, text) for anchor in _NUMERIC_ANCHORS)


def test_a_text_holding_no_numeric_anchor_still_reads_a_year_after_an_apostrophe():
    assert not holds(shortyears._NUMERIC, "the spring of '38")
    assert [d.date_start for d in with_short_years("the spring of '38", [])] == ["1938-01-01"]
    assert names_a_short_year("the spring of '38")
