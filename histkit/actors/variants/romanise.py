"""Cyrillic names as English and other Latin-script texts spell them: `Хрущёв` → `Khrushchev`, `Чойбалсан` →
`Choibalsan`, `Цэдэнбал` → `Tsedenbal`.

The letters and their spellings are the rows of `cyrillic_romanisation.csv`
(a letter or a pair, the Latin spellings `|`-separated: `х` is `kh` or `h`,
`й` is `y` or `i`, as the systems of the languages that write Cyrillic
differ); a historian adds a letter or a spelling by adding a row. The
Serbian Latin alphabet, one letter for one, is `scripts.to_latin`'s; this
is the romanisation of the notes and titles of other languages' literature.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from ...data import data_rows

#: Spellings of a name above this many (alternatives multiplied over its letters) are not made.
_MOST_SPELLINGS = 8


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    """Cyrillic letter or pair (lower case) → its Latin spellings."""
    return {row["cyrillic"].strip().lower(): tuple(f.strip() for f in (row["latin"] or "").split("|"))
            for row in data_rows("actors", "cyrillic_romanisation.csv")}


@lru_cache(maxsize=1)
def _systems() -> dict[str, dict[str, tuple[str, ...]]]:
    """system → Cyrillic letter or pair → its spellings, from `cyrillic_romanisation_systems.csv`."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in data_rows("actors", "cyrillic_romanisation_systems.csv"):
        out.setdefault(row["system"].strip(), {})[row["cyrillic"].strip().lower()] = tuple(
            f.strip() for f in (row["latin"] or "").split("|"))
    return out


def romanised(text: str) -> list[str]:
    """The Latin spellings of a Cyrillic ``text``, at most `_MOST_SPELLINGS`, and its spelling in each system of
    `cyrillic_romanisation_systems.csv`; ``[]`` if a letter has no row.

    >>> romanised("Цэдэнбал")[:1], romanised("Хрущёв")[:2], romanised("Жуковцев")[-4:]
    (['Tsedenbal'], ['Khrushchev', 'Khrushchyov'], ['Žukovcev', 'Schukowzew', 'Shukowzew', 'Joukovtsev'])

    The table of `cyrillic_romanisation.csv` mixes the spellings of English and of the languages that write
    Cyrillic; a system (the scholarly transliteration of Slavic studies, the German and the French
    transcriptions) spells every letter its own way, so it makes one spelling of its own (or a few, where a
    system has a choice: German `ж` as `sch` or `sh`), a letter it does not list spelt as the table's first.
    """
    table = _table()
    out = _spellings(text, table, _MOST_SPELLINGS)
    if not out:
        return []
    for system in _systems().values():
        out += _spellings(text, {**{k: v[:1] for k, v in table.items()}, **system}, 2)
    return [f for f in dict.fromkeys(out) if f.strip()]


def _spellings(text: str, table: dict[str, tuple[str, ...]], most: int) -> list[str]:
    """At most ``most`` spellings of ``text`` by ``table`` (letter or pair → spellings), ``[]`` if a letter has none."""
    options, i = [], 0
    while i < len(text):
        pair, ch = text[i:i + 2].lower(), text[i]
        if len(pair) == 2 and pair in table and (i + 2 == len(text) or not text[i + 2].isalpha()):  # (`-ий` ends)
            forms, i = table[pair], i + 2
        elif ch.lower() in table:
            forms, i = table[ch.lower()], i + 1
        elif ch.isascii() and not ch.isalpha() or ch.isspace():
            forms, i = (ch,), i + 1
        else:
            return []
        options.append([f[:1].upper() + f[1:] if ch.isupper() else f for f in forms])
    return ["".join(p) for p in itertools.islice(itertools.product(*options), most)]
