"""Shapes print gives an organisation's abbreviation: points with spaces, a bracketed tail, a word in small letters.

A historian lists `AFL`, `ВКП(б)`, `PCI` once; older print and typed notes
space the points (`A. F. L.`), a bracketed tail keeps its brackets after the
points (`В.К.П.(б)`), and some languages print an abbreviation as a word with
its first capital only (Italian `Pci`, `Cgil`; `acronym_word_case.csv`: a row
is a language and the fewest capitals an abbreviation has for its print to
write it so).
"""

from __future__ import annotations

from functools import lru_cache

from ...data import data_rows
from ...patterns import compiled
from .names import is_abbreviation

#: The rule of an abbreviation written as a word, first capital only, as some languages print it (Italian `Pci`).
ABBREVIATION_WORD = "abbreviation_word"


#: An abbreviation in capitals with a bracketed tail (`ВКП(б)`, `KPD(O)`).
_BRACKETED_ABBREVIATION = compiled(r"([^\W\d_]{2,6})(\([^\W\d_]{1,3}\))")


def abbreviation_shapes(name: str) -> list[str]:
    """Surfaces of an abbreviation of three to six capitals, or of capitals and a bracketed tail.

    >>> abbreviation_shapes("PCI"), abbreviation_shapes("ВКП(б)")
    (['P. C. I.'], ['В.К.П.(б)'])

    The capitals take a full stop and a space each (`A. F. L.`, `N. S. D. A. P.`: older print and typed notes);
    before a bracketed tail they take their points and the tail stays (`В.К.П.(б)`). Written as a word
    (`Pci`) an abbreviation is a language's custom: `abbreviation_word_forms`.
    """
    bracketed = _BRACKETED_ABBREVIATION.fullmatch(name)
    if bracketed and is_abbreviation(bracketed.group(1)):
        return ["".join(ch + "." for ch in bracketed.group(1)) + bracketed.group(2)]
    if not (3 <= len(name) <= 6 and name.isalpha() and is_abbreviation(name)):
        return []
    return [" ".join(ch + "." for ch in name)]


@lru_cache(maxsize=1)
def _abbreviation_word_languages() -> tuple[tuple[str, int], ...]:
    """(language, least letters) of `acronym_word_case.csv`: the languages whose print writes an abbreviation of at
    least so many capitals as a word, its first capital only (Italian `Pci`, `Cgil`; Spanish `Unesco`)."""
    return tuple((r["language"].strip(), int(r["least_letters"])) for r in data_rows("actors", "acronym_word_case.csv"))


def abbreviation_word_forms(name: str) -> list[tuple[str, str, bool, str]]:
    """(surface, rule, surname_only, languages) of an abbreviation written as a word, as some languages print it.

    >>> abbreviation_word_forms("PCI"), abbreviation_word_forms("NSDAP"), abbreviation_word_forms("Tito")
    ([('Pci', 'abbreviation_word', False, 'it')], [('Nsdap', 'abbreviation_word', False, 'es it')], [])

    A custom of print, not of grammar (`CUSTOM_RULES`): looked for only in a document told to be in one of the
    languages, as the same letters are a word elsewhere (the sample's `MAS` is the Javanese title `Mas`).
    """
    if not (name.isalpha() and is_abbreviation(name)):
        return []
    langs = " ".join(sorted(lang for lang, least in _abbreviation_word_languages() if len(name) >= least))
    return [(name[0] + name[1:].lower(), ABBREVIATION_WORD, False, langs)] if langs else []

