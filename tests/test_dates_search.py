"""The date search's shortcuts change no reading; months in any case are read; long odd lines end."""

import re
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from histkit.dates import find_dates, find_days_without_year, month_names
from histkit.dates.pattern import pattern, pattern_source
from histkit.dates.words import trie_alternation, whole_or_stopped

_NAMES = sorted(month_names())
_MONTHS = st.sampled_from(_NAMES).flatmap(lambda n: st.sampled_from([n, n.upper(), n.title()]))
_DAYS = st.integers(0, 35).flatmap(lambda d: st.sampled_from([str(d), f"{d}.", f"{d:02d}", f"{d}th"]))
_YEARS = st.sampled_from(["1954", "1955", "1950", "2100", "999", "12", "1950/51", "1950s", "1954-03-12", "3/12/1956"])
_WORDS = st.sampled_from(["od", "from", "vom", "du", "dall'", "до", "од", "VII", "iv", "m.", "d.", "p.", "br.", "str.",
                          "KASIM", "ſeptember", "Kmart", "(", ")", "x", "Beograd:", "RG"])
_SEPARATORS = st.sampled_from([" ", " ", "  ", ", ", ". ", ".", "\n", " – ", "-", "/", " do ", " to ", " i ", " and ",
                               " of ", " de ", ""])
# pieces of dates, each followed by a separator, so that days, months and years often stand in a date's order
_DATE_LIKE = st.lists(st.tuples(st.one_of(_MONTHS, _DAYS, _YEARS, _WORDS), _SEPARATORS), max_size=14).map(
    lambda pairs: "".join(a + b for a, b in pairs))


@lru_cache(maxsize=1)
def _unguarded() -> re.Pattern:
    return re.compile(pattern_source(guarded=False), re.IGNORECASE)


def _found(m: re.Match | None):
    return m and (m.span(), m.lastgroup, m.groups())


@settings(max_examples=400, deadline=None)
@given(_DATE_LIKE, st.integers(0, 20))
def test_the_look_aheads_of_the_date_search_change_no_match(text, pos):
    pos = min(pos, len(text))
    assert _found(pattern().search(text, pos)) == _found(_unguarded().search(text, pos))


@lru_cache(maxsize=1)
def _month_ways() -> tuple[re.Pattern, ...]:
    """The month written once (whole_or_stopped) and as two tries side by side; each then ending in a letter or a stop."""
    full = [n for n in _NAMES if not n.endswith(".")]
    stopped = [n[:-1] for n in _NAMES if n.endswith(".")]
    once, twice = whole_or_stopped(full, stopped), rf"(?:(?:{trie_alternation(full)})(?![\w])|(?:{trie_alternation(stopped)})\.)"
    return tuple(re.compile(f"(?:{month}){end}", re.IGNORECASE) for month in (once, twice) for end in ("", r"(?<!\.)", r"(?<=\.)"))


@settings(max_examples=400, deadline=None)
@given(_DATE_LIKE)
def test_month_names_written_once_match_where_and_as_the_two_tries_of_whole_and_stopped_names_do(text):
    once, twice = _month_ways()[:3], _month_ways()[3:]
    for pos in range(len(text)):
        assert [_found(p.match(text, pos)) for p in once] == [_found(p.match(text, pos)) for p in twice]


def test_a_capitalised_month_that_lower_casing_misspells_is_read():
    # Turkish `kasım` in capitals is KASIM: lower-cased, `kasim`, no name; the date patterns read it all the same
    assert [(d.surface, d.date_start, d.date_end) for d in find_dates("Ankara, 3. KASIM 1955")] == \
        [("3. KASIM 1955", "1955-11-03", "1955-11-03")]


def test_a_day_and_month_in_capitals_is_dated_to_the_year_given():
    assert [(d.surface, d.date_start) for d in find_days_without_year("Rapor, 12 KASIM", 1950)] == \
        [("12 KASIM", "1950-11-12")]


def test_a_line_of_fifty_thousand_digits_or_letters_holds_no_date():
    assert find_dates("1" * 50_000) == [] and find_dates("a" * 50_000) == []


def test_every_day_of_a_long_list_without_years_is_found():
    assert len(find_days_without_year("12. ožujka, " * 5_000, 1952)) == 5_000
