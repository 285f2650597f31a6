"""Case forms of names by the paradigms of `name_paradigms.csv`: a nominative ending and the endings that replace it.

Each row of ``histkit/data/actors/name_paradigms.csv`` says, for one language,
that a word ending in ``ending`` (or, with ``after`` = ``consonant`` and no
ending, in any consonant) takes, in ``case``, the endings ``forms``
(``|``-separated) in its place: Finnish `nen` → `sen` (`Kekkonen` →
`Kekkosen`), Lithuanian `as` → `o` (`Voldemaras` → `Voldemaro`), Czech `a` →
`y`, Ukrainian `ський` → `ського`, Greek `ος` → `ου`. A stem change goes into
the ending (`tto` → `ton`: `Neuvostoliitto` → `Neuvostoliiton`). A historian
adds a language or a paradigm by adding rows; no code knows a language.
A row with ``gender`` = ``m`` is a man's paradigm only: a woman's family name
on a consonant does not change in Czech or Ukrainian (`Vida Tomšič`, never
`Tomšiča`), as the older rules of `assemble` already knew.

The words of a name are declined in the same case of the same language
(`Kazys Grinius` → `Kazio Griniaus`), as are the words of an organisation's
name (`Українська Народна Республіка` → `Української Народної Республіки`);
the first or the last word alone too, since some languages decline only the
head (`Partidului Național Țărănesc`, Bulgarian `Българската комунистическа
партия`) and Finnish only the family name (`Urho Kekkosen`). Greek is matched
without accents (`fold_greek`), so a paradigm need not know where they move.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from ...data import data_rows
from .names import gender_of, initials_forms, split_name

#: Vowels of the Latin, Cyrillic and Greek alphabets; a letter not among them (nor `й`, `ь`) is a consonant.
VOWELS = frozenset("aeiouyäöüåæøáéíóúýěůąęėįųūõâîăàèìòùıаеиоуыэюяіїєёαεηιουωάέήίόύώϊϋ")
_NOT_CONSONANTS = frozenset("йьъ'")
#: The case of a possessive adjective made from a name (`Benešův`, `Цанковото`).
POSSESSIVE_CASE = "poss"
#: Forms of one case above this many (alternatives multiplied over the words) are not made.
_MOST_COMBINATIONS = 16
#: An organisation's name of more words than this is not declined (`Social Democratic Party of Germany`): its
#: head is rarely one of its first or last words, and every other combination is a false form; four-word names
#: (`Lietuvos valstiečių liaudininkų sąjunga`, `Български земеделски народен съюз`) still are.
_MOST_DECLINED_WORDS = 4


@lru_cache(maxsize=1)
def _greek_fold_table() -> dict[int, int]:
    table = {}
    for code in list(range(0x0370, 0x0400)) + list(range(0x1F00, 0x2000)):
        bare = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if len(bare) == 1 and bare != chr(code) and bare.isalpha():
            table[code] = ord(bare)
    return table


def fold_greek(text: str) -> str:
    """Greek letters without accents and breathings, one character for one (`Ἐλευθερίου` → `Ελευθεριου`).

    >>> fold_greek("Βενιζέλος, Ἐλευθερίου, Beneš")
    'Βενιζελος, Ελευθεριου, Beneš'
    """
    return text.translate(_greek_fold_table())


def alphabet_of(text: str) -> str:
    """The alphabet of the last letter of ``text`` (`LATIN`, `CYRILLIC`, `GREEK`), or ``''``.

    >>> alphabet_of("Kekkonen"), alphabet_of("-ського"), alphabet_of("ου")
    ('LATIN', 'CYRILLIC', 'GREEK')
    """
    letters = [ch for ch in text if ch.isalpha()]
    return unicodedata.name(letters[-1], "").split(" ")[0] if letters else ""


@lru_cache(maxsize=1)
def paradigm_rows() -> tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...]:
    """(language, ending, after, case, forms, alphabet, gender) of every row of `name_paradigms.csv`, Greek folded.

    The alphabet is that of the row's forms: a row applies to words of that alphabet only. The gender is ``'m'``
    for a row that applies to a man's name only (or to a name whose gender is unknown), else ``''``.
    """
    rows = []
    for r in data_rows("actors", "name_paradigms.csv"):
        forms = tuple(fold_greek(f.strip()) for f in r["forms"].split("|") if f.strip())
        rows.append((r["language"].strip(), fold_greek(r["ending"].strip()), r["after"].strip(), r["case"].strip(),
                     forms, alphabet_of("".join(forms)), (r.get("gender") or "").strip().lower()))
    return tuple(rows)


def _is_consonant(ch: str) -> bool:
    return ch.isalpha() and ch.lower() not in VOWELS and ch.lower() not in _NOT_CONSONANTS


def _declinable(word: str) -> bool:
    """A word of at least three letters, not an abbreviation (`SDP`, `УНР`) nor an initial."""
    return len(word) >= 3 and word.isalpha() and not word.isupper()


def decline(word: str, gender: str = "") -> dict[tuple[str, str], list[str]]:
    """Every (language, case) → the forms of ``word`` the paradigms give it (not the word itself).

    >>> decline("Kekkonen")[("fi", "g")], decline("Grinius")[("lt", "g")]
    (['Kekkosen'], ['Griniaus'])
    >>> ("cs", "g") in decline("Tomšič"), ("cs", "g") in decline("Tomšič", "f")
    (True, False)

    With ``gender`` ``'f'`` (a woman's name) the men's rows do not apply.
    """
    word = fold_greek(word)
    out: dict[tuple[str, str], list[str]] = {}
    if not _declinable(word):
        return out
    low, alphabet = word.lower(), alphabet_of(word)
    applicable = []
    for lang, ending, after, case, forms, row_alphabet, row_gender in paradigm_rows():
        if row_alphabet != alphabet or (row_gender == "m" and gender == "f"):
            continue
        if ending:
            if not low.endswith(ending.lower()) or len(low) <= len(ending) + 1:
                continue
        elif after != "consonant" or not _is_consonant(low[-1]):
            continue
        applicable.append((lang, ending, case, forms))
    # in each language the longest ending that fits is the word's paradigm (`Kekkonen` is `-nen`, not a consonant)
    longest: dict[str, int] = {}
    for lang, ending, _, _ in applicable:
        longest[lang] = max(longest.get(lang, 0), len(ending))
    for lang, ending, case, forms in applicable:
        if len(ending) < longest[lang]:
            continue
        stem = word[:len(word) - len(ending)]
        known = out.setdefault((lang, case), [])
        known += [stem + f for f in forms if stem + f != word and stem + f not in known]
    return out


def _phrases(options: list[list[str]]) -> list[str]:
    """The words' alternatives joined into phrases, at most `_MOST_COMBINATIONS` of them."""
    return [" ".join(p) for p in itertools.islice(itertools.product(*options), _MOST_COMBINATIONS)]


def phrase_forms(text: str, adjectives: bool = True, gender: str = "") -> list[tuple[str, bool]]:
    """The case forms of a name of several words: (form, is_possessive_adjective), without repeats.

    >>> {"Kazio Griniaus", "Kazys Griniaus", "Kazio Grinius"} <= {f for f, _ in phrase_forms("Kazys Grinius")}
    True

    In each language and case: every word declined, the last word alone
    declined (given names kept), the first word alone declined. A possessive
    adjective (case `POSSESSIVE_CASE`) is made of a name of one word only,
    and only with ``adjectives``. ``gender`` is as for `decline`.
    """
    words = text.split()
    per_word = [decline(w, gender) for w in words]
    keys = sorted({k for forms in per_word for k in forms})
    out: dict[str, bool] = {}
    for key in keys:
        possessive = key[1] == POSSESSIVE_CASE
        if possessive and (len(words) > 1 or not adjectives):
            continue
        declined = [forms.get(key, []) for forms in per_word]
        shapes = [[d or [w] for w, d in zip(words, declined)]]
        if declined[-1]:
            shapes.append([[w] for w in words[:-1]] + [declined[-1]])
        if declined[0] and len(words) > 1:
            shapes.append([declined[0]] + [[w] for w in words[1:]])
        for shape in shapes:
            for phrase in _phrases(shape):
                if phrase != text:
                    out.setdefault(phrase, possessive)
    return list(out.items())


def paradigm_variants(name: str, kind: str = "person", adjectives: bool = False,
                      family: str = "", gender: str = "") -> list[tuple[str, str, bool]]:
    """(surface, rule, surname_only) of the paradigm forms of one name or alias, in the script it is written in.

    >>> {("Urho Kekkosen", "case", False), ("Kekkosta", "surname", True), ("U. Kekkosen", "initials", False)} <= set(
    ...     paradigm_variants("Urho Kekkonen"))
    True

    A person's family name (`split_name`) alone is declined as the
    ``surname`` (and, with ``adjectives``, made a ``possessive_adjective``:
    `Benešův`, `Drtinovy`) and put after the initials (`Δ. Γούναρη`). An
    alias of an organisation written in lower case (`tautininkai`) is
    also made with a capital, as a sentence begins with it. An
    organisation's name of more than `_MOST_DECLINED_WORDS` words is not
    declined. A person's ``gender`` (the authority's, else as `gender_of`
    reads it from the name) keeps a woman's name from the men's rows.
    """
    out: list[tuple[str, str, bool]] = []
    if kind != "person":
        if len(name.split()) > _MOST_DECLINED_WORDS:
            return out
        texts = [name] + ([name[0].upper() + name[1:]] if name[:1].islower() else [])
        for text in texts:
            if text != name:
                out.append((text, "case", False))
            out += [(f, "case", False) for f, _ in phrase_forms(text, adjectives=False)]
        return out
    given, surname = split_name(name, family)
    gender = gender_of(given, surname, gender)
    out += [(f, "case", False) for f, possessive in phrase_forms(name, False, gender) if not possessive]
    if len(surname) != 1:
        return out
    forms = decline(surname[0], gender)
    for (_, case), declined in sorted(forms.items()):
        if case == POSSESSIVE_CASE:
            out += [(f, "possessive_adjective", True) for f in declined] if adjectives else []
            continue
        out += [(f, "surname", True) for f in declined]
        out += [(f, "initials", False) for f in initials_forms(given, declined)] if given else []
    return out
