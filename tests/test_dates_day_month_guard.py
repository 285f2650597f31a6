"""The shortcuts of the day-and-month and calendar patterns (a look-ahead, a digit before its look-behind) change no match."""

import re
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from histkit.dates import month_names
from histkit.dates.pattern import day_month_pattern
from histkit.dates.words import month_then_digit

_NAMES = sorted(month_names())
_MONTHS = st.sampled_from(_NAMES).flatmap(lambda n: st.sampled_from([n, n.upper(), n.title()]))
_DAYS = st.integers(0, 35).flatmap(lambda d: st.sampled_from([str(d), f"{d}.", f"{d:02d}", f"{d}th"]))
_WORDS = st.sampled_from(["1954", "VII", "iv", "m.", "d.", "de", "del", "ſeptember", "Kmart", "(", ")", "x", "–"])
_SEPARATORS = st.sampled_from([" ", "  ", ", ", ". ", ".", "\n", " – ", "-", "/", " de ", " del ", "\t", ""])
_DAY_LIKE = st.lists(st.tuples(st.one_of(_MONTHS, _DAYS, _WORDS), _SEPARATORS), max_size=12).map(
    lambda pairs: "".join(a + b for a, b in pairs))
_FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=1)
def _unguarded() -> re.Pattern:
    guarded = day_month_pattern()
    assert month_then_digit() in guarded.pattern
    return re.compile(guarded.pattern.replace(month_then_digit(), ""), guarded.flags)


def _all(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_DAY_LIKE)
def test_the_look_ahead_changes_no_day_and_month_found(text):
    assert _all(day_month_pattern(), text) == _all(_unguarded(), text)


def test_the_look_ahead_changes_no_day_and_month_found_in_the_fixtures():
    texts = [p.read_text(encoding="utf-8") for p in sorted(_FIXTURES.rglob("*.txt"))]
    assert texts
    assert [_all(day_month_pattern(), t) for t in texts] == [_all(_unguarded(), t) for t in texts]


def test_the_day_opening_with_its_digit_matches_as_the_look_behind_first():
    from histkit.dates.dayorder import _DAY

    old, new = re.compile(r"(?<![\d/.])[0-3]?\d(?:\.|st)?\s"), re.compile(_DAY + r"(?:\.|st)?\s")
    texts = ["1 2 12 123 45 /3 .4 x5 06. 31st 39 4.5 9/ 0 00 ", "a12. b3 c45 7", "1950, 1/2 3 .7 31 32 39. 4"]
    for text in texts:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        for pos in range(len(text)):
            assert (new.match(text, pos) or [None])[0] == (old.match(text, pos) or [None])[0]


def test_the_marked_year_opening_with_its_digit_matches_as_the_look_behind_first():
    from histkit.dates.calendars import _marked_year

    new = _marked_year()
    opening = r"(?P<y>1(?<=(?<![\w/.-])1)[0-4]\d\d)"
    assert new.pattern.startswith(opening)
    old = re.compile(r"(?<![\w/.-])(?P<y>1[0-4]\d\d)" + new.pattern[len(opening):], new.flags)
    texts = ["گزارش سال 1320 ش.", "1342–43 AH, a1320 ش. /1320 ش. 11320 ش. -1320 ش.", "1309–1310 Sh. (1930–32)",
             "x 1325 Sh./1946–47 and 1345هـ/1926–1927م, 1444 ه.ش. 1 1320ش"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [(m.span(), m.groups()) for m in old.finditer(text)]


def test_the_month_names_parted_by_script_match_where_and_as_the_whole_trie_does():
    from histkit.dates.words import grouped_trie, trie_alternation

    names = sorted(month_names())
    grouped = re.compile(grouped_trie(names), re.IGNORECASE)
    whole = re.compile(trie_alternation(names), re.IGNORECASE)
    assert grouped.pattern != whole.pattern
    forms = [f for n in names for f in (n, n.upper(), n.title(), n + "x", n[:-1])]
    text = " ".join(forms) + " ſeptember \u212aASIM İYUN"
    for pos in range(len(text)):
        g, w = grouped.match(text, pos), whole.match(text, pos)
        assert (g and g.span()) == (w and w.span())
