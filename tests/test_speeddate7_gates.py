"""The gates of speeddate7 (the feasts' whole name, the other calendars' month names) turn away only paragraphs where
the pattern behind them finds nothing: the dates read are those read without them."""

import random
from pathlib import Path

from histkit.dates import decadenames, feasts
from histkit.dates.values import DateMatch

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
    gate, feasts.names_a_feast = feasts.names_a_feast, lambda t: feasts.holds(feasts._anchor(), t)
    try:
        return feasts.find_feast_days(text)
    finally:
        feasts.names_a_feast = gate


def test_the_whole_name_gate_holds_wherever_the_feast_pattern_matches():
    for text in _texts() + ["uff Montag nach Martini anno 1525", "at Lady  Day", "S. Bartholomew’s Day 1572"]:
        if feasts._pattern().search(text):
            assert feasts._whole_name().search(text), text


def test_the_whole_name_gate_turns_away_a_longest_word_inside_another_word():
    assert feasts.holds(feasts._anchor(), "Martinique, 1950") and not feasts.names_a_feast("Martinique, 1950")


def test_the_feast_days_are_those_found_without_the_gate():
    texts = _texts() + [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "dates").rglob("*.txt"))]
    for text in texts:
        assert feasts.find_feast_days(text) == _old_find(text), text



def _decade_texts() -> list[str]:
    """Strings of the decades' names and the anchor's words, cased, spaced and cut as a writer or a line end might."""
    rng = random.Random(7)
    names = list(decadenames._names()) + ["lat", "let", "anni", "x", "trenta", "1950"]
    made = []
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            name = rng.choice(names)
            name = name.upper() if rng.random() < 0.3 else name.title() if rng.random() < 0.3 else name
            name = name.replace(" ", rng.choice([" ", "  ", "\n"]))
            parts += [name[:-1] if rng.random() < 0.2 else name, rng.choice([" ", "", "-", "x", ", ", "'"])]
        made.append("".join(parts))
    return made


def test_the_decade_names_trie_matches_where_the_names_pattern_matches():
    for text in _decade_texts()[:1000]:
        starts = [i for i in range(len(text)) if decadenames._pattern().match(text, i)]
        assert [i for i in range(len(text)) if decadenames._named().match(text, i)] == starts, text


def test_the_decade_names_are_those_found_without_the_trie_gate():
    dates = [DateMatch(0, 4, "1932", "1932-01-01", "1932-12-31", "year")]
    gate = decadenames._named
    texts = _decade_texts() + [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "dates").rglob("*.txt"))]
    found = [decadenames.find_decade_names(text, dates) for text in texts]
    try:  # (the specification: no trie asked first, as before speeddate7)
        decadenames._named = lambda: type("Any", (), {"search": staticmethod(lambda text: True)})()
        assert [decadenames.find_decade_names(text, dates) for text in texts] == found
    finally:
        decadenames._named = gate
    assert sum(map(bool, found)) > 100  # (decades are read)
