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


#: The Russian alphabet, and the pairs `cyrillic_romanisation.csv` spells as one (`ий`, `ый`).
_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
#: After these letters Russian writes `и`, never `ы` (`Троцкий`, `Горький`).
_HUSHING = "кгхжшчщ"


@lru_cache(maxsize=1)
def _russian_from_latin() -> dict[str, str]:
    """English spelling → the Russian letter whose first spelling it is in `cyrillic_romanisation.csv` (the first
    letter of the alphabet where several share one: `e` is `е`); `y` is left to `russian_spelling`."""
    out: dict[str, str] = {}
    for letter in _RUSSIAN:
        spellings = _table().get(letter, ())
        if spellings and spellings[0] and spellings[0] != "y":
            out.setdefault(spellings[0], letter)
    return out


def russian_spelling(name: str) -> str:
    """The Russian Cyrillic of a name in the English romanisation of Russian (`Trotsky` → `Троцкий`, `Krupskaya` →
    `Крупская`), by the first spellings of `cyrillic_romanisation.csv`; ``""`` where a letter is none of them (`h`
    alone, `c`, `j`, `w`, `x`: no Russian name romanised so).

    >>> russian_spelling("Leon Trotsky"), russian_spelling("Nadezhda Krupskaya"), russian_spelling("Tolstoy")
    ('Леон Троцкий', 'Надежда Крупская', 'Толстой')
    >>> russian_spelling("Charlotte Brontë"), russian_spelling("Lavrentii Beria")
    ('', 'Лаврентий Берия')

    A `y` is `я`, `ю`, `ё` or `е` before `a`, `u`, `o`, `e`; `й` after a vowel; at a word's end `ий` after `к`, `г`,
    `х` and the hushing letters, else `ый`; `ы` elsewhere. A word's end `ia` is `ия`, `ii` is `ий` (`_WORD_ENDS`).
    """
    words = [_russian_word(w) for w in name.split()]
    return " ".join(words) if all(words) else ""


def _russian_word(word: str) -> str:
    """One word of `russian_spelling`, ``""`` if a letter is none of the table's."""
    table, low, out, i = _russian_from_latin(), word.lower(), [], 0
    while i < len(low):
        if low[i:] in _WORD_ENDS:
            letter, i = _WORD_ENDS[low[i:]], len(low)
        elif low[i] == "y":
            letter, i = _russian_y(low, i, out)
        else:
            chunk = next((low[i:i + n] for n in (4, 3, 2, 1) if low[i:i + n] in table), "")
            if not chunk:
                return ""
            letter, i = table[chunk], i + len(chunk)
        out.append(letter)
    text = "".join(out)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


#: Word ends English and library romanisations spell without `y`: `-ia` is `-ия` (`Beria`, `Maria`), `-ii` `-ий`
#: (`Lavrentii`, `Georgii`).
_WORD_ENDS = {"ia": "ия", "ii": "ий"}


def _russian_y(low: str, i: int, out: list[str]) -> tuple[str, int]:
    """The Russian letter of the `y` at ``low[i]`` and the index after what it spells."""
    after, before = low[i + 1:i + 2], out[-1] if out else ""
    if after and after in "auoe":
        return {"a": "я", "u": "ю", "o": "ё", "e": "е"}[after], i + 2
    if before and before in "аеёиоуыэюя":
        return "й", i + 1
    if not after or not after.isalpha():
        return ("ий" if before in _HUSHING else "ый"), i + 1
    return "ы", i + 1
