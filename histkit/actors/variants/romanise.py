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


def romanised(text: str) -> list[str]:
    """The Latin spellings of a Cyrillic ``text``, at most `_MOST_SPELLINGS`; ``[]`` if a letter has no row.

    >>> romanised("Цэдэнбал"), romanised("Хрущёв")[:2]
    (['Tsedenbal'], ['Khrushchev', 'Khrushchyov'])
    """
    table, options, i = _table(), [], 0
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
    out = ["".join(p) for p in itertools.islice(itertools.product(*options), _MOST_SPELLINGS)]
    return [f for f in dict.fromkeys(out) if f.strip()]
