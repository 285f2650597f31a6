"""The matches at a text's top level are those before which no bracket is open: what `paren_depth` says at each match's
start, the brackets counted once for all the matches."""

import re

from hypothesis import given
from hypothesis import strategies as st

from histkit.citations.notetext import at_top_level, paren_depth


def test_a_comma_inside_brackets_is_not_at_the_top_level():
    text = "TNA, FO 371/1 (minute, 3 May), Ibid., 4"
    assert [m.start() for m in at_top_level(re.finditer(",", text), text)] == [3, 29, 36]


def test_a_closing_bracket_with_none_open_leaves_the_depth_at_naught():
    text = "a), b (c, d), e"
    assert [m.start() for m in at_top_level(re.finditer(",", text), text)] == [2, 12]


@given(st.text(alphabet="ab ,;:()[]{}", max_size=40))
def test_the_top_level_matches_are_those_paren_depth_puts_at_naught(text):
    found = [m.start() for m in at_top_level(re.finditer(r"[,;:]|\s+", text), text)]
    assert found == [m.start() for m in re.finditer(r"[,;:]|\s+", text) if paren_depth(text, m.start()) == 0]
