"""The gates of speeddate7 (the feasts' whole name, the other calendars' month names) turn away only paragraphs where
the pattern behind them finds nothing: the dates read are those read without them."""

import random
from pathlib import Path

from histkit.dates import feasts

_FIXTURES = Path(__file__).parent / "fixtures"


def _texts() -> list[str]:
    """Strings of the feasts' own words, cased, spaced and glued as a writer might: every reckoning, and near misses."""
    rng = random.Random(7)
    kinds = ("weekday", "after", "before", "shift", "filler", "eve", "join")
    words = list(feasts._feasts()) + [w for kind in kinds for w in feasts._words().get(kind, {})]
    made = []
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            word = rng.choice(words)
            word = word.upper() if rng.random() < 0.3 else word
            word = word.replace(" ", rng.choice(["  ", "\n", " "])).replace("'", rng.choice(["'", "’"]))
            parts += [word, rng.choice([" ", "", "-", "x", "'", "’s ", " 1525 ", " 1642/3", "  "])]
        made.append("".join(parts))
    return made


def _old_find(text: str) -> list:
    """`find_feast_days` with the anchor alone as its gate, as before speeddate7: the specification."""
    gate, feasts._names_a_feast = feasts._names_a_feast, lambda t: feasts.holds(feasts._anchor(), t)
    try:
        return feasts.find_feast_days(text)
    finally:
        feasts._names_a_feast = gate


def test_the_whole_name_gate_holds_wherever_the_feast_pattern_matches():
    for text in _texts() + ["uff Montag nach Martini anno 1525", "at Lady  Day", "S. Bartholomew’s Day 1572"]:
        if feasts._pattern().search(text):
            assert feasts._whole_name().search(text), text


def test_the_whole_name_gate_turns_away_a_longest_word_inside_another_word():
    assert feasts.holds(feasts._anchor(), "Martinique, 1950") and not feasts._names_a_feast("Martinique, 1950")


def test_the_feast_days_are_those_found_without_the_gate():
    texts = _texts() + [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "dates").rglob("*.txt"))]
    for text in texts:
        assert feasts.find_feast_days(text) == _old_find(text), text

