"""A name in the spellings a language's reforms gave it: Indonesian `Soekarno`, `Sukarno`; `Masjumi`, `Masyumi`.

Each row of ``histkit/data/actors/spelling_reforms.csv`` says that a reform
of a language (named by its year) wrote ``new`` where the spelling before it
wrote ``old``: Indonesian `oe` → `u` in 1947, `dj` → `j`, `j` → `y`, `sj` →
`sy` in 1972. Texts, and the archives they cite, spell a person as the
years they come from did, and an authority file lists one of the spellings;
so each word of a name is brought to the newest spelling and back through
every older one. The forms are the language's (`Variant.languages`): looked
for only in a text of that language, since `j` or `u` are other letters in
another language's names.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ...data import data_rows
from ...text import strip_diacritics

#: Respellings of a name of several words above this many (the words' spellings multiplied) are not made.
_MOST_COMBINATIONS = 16


@lru_cache(maxsize=1)
def _reforms() -> dict[str, list[dict[str, str]]]:
    """language → its reforms in order (oldest first), each a mapping old → new."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for row in data_rows("actors", "spelling_reforms.csv"):
        out.setdefault(row["language"].strip(), {}).setdefault(row["reform"].strip(), {})[row["old"].strip()] = \
            row["new"].strip()
    return {lang: [reforms[year] for year in sorted(reforms)] for lang, reforms in out.items()}


@lru_cache(maxsize=64)
def _keys_pattern(keys: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)), re.IGNORECASE)


def _respell(word: str, mapping: dict[str, str]) -> str:
    """``word`` with every key of ``mapping`` replaced at once (the longest first), a capital kept."""
    pattern = _keys_pattern(tuple(sorted(mapping)))

    def swap(m: re.Match) -> str:
        new = mapping[m.group(0).lower()]
        return new[:1].upper() + new[1:] if m.group(0)[:1].isupper() else new
    return pattern.sub(swap, word)


def word_spellings(word: str, lang: str) -> list[str]:
    """``word`` in the newest spelling of ``lang`` and in the spelling before each of its reforms.

    >>> word_spellings("Soekarno", "id"), word_spellings("Masyumi", "id")
    (['Soekarno', 'Sukarno'], ['Masyumi', 'Masjumi', 'Masjoemi'])
    >>> word_spellings("Sutarja", "jv")
    ['Sutarja', 'Sutarya', 'Soetarja', 'Sutardja', 'Soetardja']
    """
    newest = word
    for mapping in _reforms().get(lang, ()):
        newest = _respell(newest, mapping)
    out = [word] + ([newest] if newest != word else [])
    # a word with no spelling only the old orthographies wrote (`oe`, `dj`, `sj`, ...) may be in the newest one
    # already (Javanese `Sutarja`, whose `j` was `dj`, not `y`): walk back from it as well as from what the
    # reforms make of it
    mappings = _reforms().get(lang, ())
    newer = {new for mapping in mappings for new in mapping.values()}
    only_old = [old for mapping in mappings for old in mapping if old not in newer]
    current = not any(old in word.lower() for old in only_old)
    for start in dict.fromkeys((newest, word) if current else (newest,)):
        older = start
        for mapping in reversed(_reforms().get(lang, ())):
            older = _respell(older, {new: old for old, new in mapping.items()})
            if older not in out:
                out.append(older)
    return out


def reform_variants(name: str, kind: str = "person") -> list[tuple[str, str, bool, str]]:
    """(surface, rule, surname_only, languages) of ``name`` respelled by each language's reforms.

    >>> sorted(f for f, _, _, langs in reform_variants("Sutan Sjahrir") if "id" in langs.split())
    ['Soetan Sjahrir', 'Soetan Syahrir', 'Sutan Syahrir', 'Syahrir']

    Every word in each of its spellings (`word_spellings`); a person's last
    word alone too, as the ``surname``, in the spellings it is not written
    in. Words of Latin letters only; a name written with accents (Javanese `Pangéran`) is respelled from its bare
    letters, since the older spellings wrote none (`Pangeran Soerjadipoera`).
    """
    words = strip_diacritics(name).split()
    if not words or not all(w.isascii() for w in words):
        return []
    # languages that share a reform (Javanese wrote Latin letters as Indonesian did) make the same forms: each
    # form once, with all of them, so that it is looked for in a text of any
    made: dict[tuple[str, str, bool], list[str]] = {}
    for lang in _reforms():
        options = [word_spellings(w, lang) for w in words]
        for phrase in itertools.islice(itertools.product(*options), _MOST_COMBINATIONS):
            text = " ".join(phrase)
            if text != name:
                made.setdefault((text, "spelling", False), []).append(lang)
        if kind == "person" and len(words) > 1:
            for form in options[-1][1:]:
                made.setdefault((form, "surname", True), []).append(lang)
    return [(form, rule, surname_only, " ".join(sorted(langs))) for (form, rule, surname_only), langs in made.items()]
