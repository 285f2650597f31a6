"""The cheaper look-aheads of where a date may begin (speeddate6) find every date where the earlier ones found it."""

import random
import re
from functools import lru_cache
from pathlib import Path

from histkit.dates import pattern as date_pattern
from histkit.dates.marks import decade_forms, era_offsets, month_span_forms
from histkit.patterns import trie_alternation
from histkit.dates.words import FROM_WORDS, first_letters, first_two_letters, grouped_trie, month_then_digit

_LETTER = date_pattern._LETTER
# the specification: a word's start as it was written before its capital was asked first
_OLD_WORD_START = (rf"(?:(?<![{_LETTER}])|(?-i:(?<=(?<![{_LETTER}])[a-z])(?=[A-Z]))"
                   rf"|(?-i:(?<=(?<![{_LETTER}])[a-z]{{2}})(?=[A-Z])))")
_FIXTURES = Path(__file__).parent / "fixtures"
_POOL = "aAbBdDeEiIjJkKnNsStTvVxXmMoOfFrRuUlLhHıİſK ,.-–'’1950/" + "".join(decade_forms("before")) + "".join(era_offsets())


def _old_source() -> str:
    """The date forms as they were before the first two letters were asked: each new piece put back as it was."""
    source = date_pattern.pattern_source()
    decades, spans = decade_forms("before"), month_span_forms()
    for new, old in [(first_two_letters(decades) + grouped_trie(decades), grouped_trie(decades)),
                     (first_two_letters(era_offsets()), first_letters(era_offsets())),
                     (first_two_letters(FROM_WORDS), first_letters(FROM_WORDS)),
                     (grouped_trie(spans), f"(?:{trie_alternation(spans)})"),
                     (date_pattern._WORD_START, _OLD_WORD_START)]:
        assert new in source
        source = source.replace(new, old)
    return source


@lru_cache(maxsize=1)
def _old() -> re.Pattern:
    return re.compile(_old_source(), re.IGNORECASE)


def _found(m):
    return m and (m.span(), m.lastgroup, m.groups())


def _texts() -> list[str]:
    rng = random.Random(6)
    made = ["".join(rng.choice(_POOL) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    words = [*decade_forms("before"), *era_offsets(), *FROM_WORDS, *month_span_forms(), "Mart", "mBealtaine", "iMárta"]
    made += [f"{rng.choice(['', 'x', ' ', 'iM', 'aB'])}{rng.choice(words)}{rng.choice([' ', '', '-', ' 1 '])}"
             f"{rng.choice(['1950', 'May 1950', '3 1950', 'x'])}" for _ in range(3000)]
    return made


def test_the_word_start_asking_the_capital_first_holds_where_it_held():
    old, new = re.compile(_OLD_WORD_START, re.IGNORECASE), re.compile(date_pattern._WORD_START, re.IGNORECASE)
    for text in _texts() + ["i mBealtaine 1926", "i bhFeabhra", "aBC Mart", "x"]:
        assert [m.start() for m in new.finditer(text)] == [m.start() for m in old.finditer(text)]


def test_the_first_two_letters_hold_wherever_a_word_of_the_list_begins():
    words = ["années", "dekade", "dècada de", "ទសវត្សរ៍"]
    guard = re.compile(first_two_letters(words), re.IGNORECASE)
    assert all(guard.match(w.upper()) for w in words) and not guard.match("ab")
    assert first_two_letters(["至", "to"]) == first_letters(["至", "to"])  # (a word of one letter: its first alone)


def test_the_date_search_finds_what_it_found_with_the_earlier_look_aheads():
    new = date_pattern.pattern()
    for text in _texts():
        for pos in (0, len(text) // 2):
            assert _found(new.search(text, pos)) == _found(_old().search(text, pos)), text


def test_the_date_search_finds_in_the_fixtures_what_it_found_with_the_earlier_look_aheads():
    texts = [p.read_text(encoding="utf-8") for p in sorted(_FIXTURES.rglob("*.txt"))]
    assert texts
    for text in texts:
        assert [_found(m) for m in date_pattern.pattern().finditer(text)] == [_found(m) for m in _old().finditer(text)]


def test_the_month_look_ahead_holds_where_it_held_with_the_words_for_to_in_one_trie():
    spans = month_span_forms()
    old = re.compile(month_then_digit().replace(grouped_trie(spans), f"(?:{trie_alternation(spans)})"), re.IGNORECASE)
    new = re.compile(month_then_digit(), re.IGNORECASE)
    for text in _texts() + ["maja do julija 1945", "May to July 1920", "Sept. – Oct. 1954"]:
        assert [m.start() for m in new.finditer(text)] == [m.start() for m in old.finditer(text)]
