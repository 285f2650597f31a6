"""Names whose structure a naming tradition, not the text's language, decides: East Asian and Arabic names.

A historian writing in English or French names a Chinese, Japanese or
Korean person by the family name, which the tradition puts first (`Sun
Yat-sen` → `Sun`, `Inukai Tsuyoshi` → `Inukai`), and an Arab by a part of
the name its tradition makes a name of its own: the nisba with or without
its article (`Jamal al-Din al-Afghani` → `al-Afghani`, `Al-Afghani`,
`el-Afghani`, `Afghani`), the honorific compound (`Jamal al-Din`), the
kunya (`Abu al-Huda al-Sayyadi` → `Abu al-Huda`, `Abu'l-Huda`) and the
filiation whatever its case (`Ibn Khaldun`, `ibn Khaldun`). A Portuguese
is named by his last family name and a Spaniard by his first in a text of
any language too (`António de Oliveira Salazar` → `Salazar`, `Ramiro Ledesma
Ramos` → `Ledesma`), where a given name shows the custom. These hold in a
text of any language, so the forms carry no language.

The family names that stand first are listed in `family_first_names.csv`
(a row: a romanised family name, Pinyin, Wade–Giles or Hepburn, and the
language whose people bear it); the parts of an Arabic name in
`arabic_name_parts.csv` (a row: the part, and its kind: ``article`` joined
to a name by a hyphen, ``kunya`` opening a name, ``filiation`` before the
father's or ancestor's name, ``laqab`` closing an honorific compound); the
given names that show a naming custom in `given_name_customs.csv` (a row: a
given name, and the language of `last_surname_languages.csv` or
`double_surname_languages.csv` whose custom it shows: `António`, `Ramiro`).
"""

from __future__ import annotations

from functools import lru_cache

from ...data import data_rows
from .names import is_given_name, split_name
from .paradigms import (double_surname_forms, last_surname_forms, double_surname_languages,
                        last_surname_languages)


@lru_cache(maxsize=1)
def _family_first_names() -> frozenset:
    """The romanised family names of `family_first_names.csv`, as written."""
    return frozenset(r["name"].strip() for r in data_rows("actors", "family_first_names.csv"))


@lru_cache(maxsize=1)
def _arabic_parts() -> dict[str, frozenset]:
    """kind → the parts of `arabic_name_parts.csv` of that kind (articles and filiations case-folded)."""
    out: dict[str, set] = {}
    for r in data_rows("actors", "arabic_name_parts.csv"):
        part, kind = r["part"].strip(), r["kind"].strip()
        out.setdefault(kind, set()).add(part.casefold() if kind in ("article", "filiation") else part)
    return {kind: frozenset(parts) for kind, parts in out.items()}


def is_family_first_name(word: str) -> bool:
    """Whether ``word`` is a family name of `family_first_names.csv`, which its people write before the given name."""
    return word in _family_first_names()


def _possessive(form: str) -> list[str]:
    return [form + "'s", form + "’s"]


def family_first_forms(name: str) -> list[str]:
    """The family name alone of a romanised East Asian name that puts it first, with its English possessive.

    >>> family_first_forms("Sun Yat-sen"), family_first_forms("Inukai Tsuyoshi")[:1], family_first_forms("Lin Biao Jr")
    (['Sun', "Sun's", 'Sun’s'], ['Inukai'], [])

    The name has two or three words, its first a family name of
    `family_first_names.csv` and none of its others a given name of
    `first_names.csv` or a word in lower case, and the first word itself
    no given name there (a Western name keeps its order).
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or words[0] not in _family_first_names():
        return []
    if any(is_given_name(w) or not w[:1].isupper() for w in words[1:]) or is_given_name(words[0]):
        return []
    if any(w.rstrip(".").casefold() in ("jr", "sr") for w in words[1:]):
        return []
    return [words[0], *_possessive(words[0])]


def _article_split(word: str) -> tuple[str, str]:
    """(article, name) of a word the article is joined to by a hyphen (`al-Afghani`), else ``("", word)``."""
    head, sep, rest = word.partition("-")
    if sep and rest[:1].isupper() and head.casefold() in _arabic_parts().get("article", ()):
        return head, rest
    return "", word


def arabic_name_forms(name: str) -> list[str]:
    """The parts of an Arabic name in Latin letters that name the person alone.

    >>> arabic_name_forms("Jamal al-Din al-Afghani")[:5]
    ['al-Afghani', 'Al-Afghani', 'el-Afghani', 'El-Afghani', 'Afghani']
    >>> "Abu'l-Huda" in arabic_name_forms("Abu al-Huda al-Sayyadi"), "ibn Khaldun" in arabic_name_forms("Ibn Khaldun")
    (True, True)

    The last word with its article is the nisba or family name: with the
    article in either spelling and case, and without it. An honorific
    compound that opens the name (`Jamal al-Din`) is a name; so is a kunya
    (`Abu al-Huda`, the article elided: `Abu'l-Huda`); a filiation is
    written with a capital or without (`Ibn Khaldun`, `ibn Khaldun`).
    """
    words = name.split()
    if len(words) < 2:
        return []
    parts = _arabic_parts()
    out: list[str] = []
    article, last = _article_split(words[-1])
    if article:
        for art in ("al", "el"):
            out += [f"{art}-{last}", f"{art.capitalize()}-{last}"]
        out.append(last)
    if len(words) > 2 and words[1] in parts.get("laqab", ()):
        out.append(f"{words[0]} {words[1]}")
    if len(words) > 2 and words[0] in parts.get("kunya", ()):
        kunya = f"{words[0]} {words[1]}"
        out.append(kunya)
        art, rest = _article_split(words[1])
        if art:
            out += [f"{words[0]}'l-{rest}", f"{words[0]}’l-{rest}"]
    for i, word in enumerate(words[:-1]):
        if word.casefold() in parts.get("filiation", ()):
            tail = " ".join(words[i + 1:])
            out += [f"{word.lower()} {tail}", f"{word.capitalize()} {tail}"]
    out += [p for form in out if " " not in form and "-" not in form for p in _possessive(form)]
    return [f for f in dict.fromkeys(out) if f != name]


@lru_cache(maxsize=1)
def _given_name_customs() -> dict[str, str]:
    """given name → the language whose naming custom it shows (`given_name_customs.csv`)."""
    return {r["name"].strip(): r["language"].strip() for r in data_rows("actors", "given_name_customs.csv")}


def custom_surname_forms(name: str) -> list[tuple[str, str]]:
    """(form, rule) of the family name a person's naming custom uses alone, where a given name shows the custom.

    >>> custom_surname_forms("António de Oliveira Salazar")
    [('Salazar', 'last_surname'), ('Oliveira Salazar', 'last_surname')]
    >>> custom_surname_forms("Ramiro Ledesma Ramos")[1], custom_surname_forms("Francisco Largo Caballero")
    (('Ledesma', 'double_surname'), [])

    The same forms a text of the language itself gets (`paradigm_variants`)
    hold in any text about the person; a given name that several customs
    share (`Francisco`, `José`) shows none.
    """
    given, family = split_name(name)
    langs = {_given_name_customs().get(g) for g in given} - {None}
    if len(langs) != 1:
        return []
    lang = langs.pop()
    if lang in last_surname_languages() and given:
        return [(f, "last_surname") for f in last_surname_forms(family)]
    if lang in double_surname_languages():
        return [(f, rule) for f, rule, only in double_surname_forms(name.split()) if only]
    return []
