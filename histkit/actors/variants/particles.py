"""Case forms of a family name that opens with a particle that itself declines: Irish `Ó Coileáin` → `Uí Choileáin`.

Each row of ``histkit/data/actors/particle_cases.csv`` says, for one language,
that the particle ``particle`` opening a family name becomes ``form`` in
``case``, and puts the name after it in the mutation ``mutation`` of
`name_prefixes.csv` (empty: the name does not change). Before the particle
changes, the name loses the mutation the nominative particle gave it: a
prefix in lower case (`Ó hUiginn` → `Uí Uiginn`), which no name begins with.
A historian adds a language's particles by adding rows.

A particle that a language leaves out before the family name standing alone
is a row of ``particle_drops.csv`` (French `de`: `Henri de Vaucouleurs`,
`Vaucouleurs`; but `de Gaulle`, one syllable, and `d'Aubigny`, a vowel, keep
it): `dropped_particle_forms`.
"""

from __future__ import annotations

from functools import lru_cache

from ...data import data_rows
from .names import split_name
from .paradigms import alphabet_of, decline, prefix_rows, prefixed_forms


@lru_cache(maxsize=1)
def particle_rows() -> tuple[tuple[str, str, str, str, str], ...]:
    """(language, particle, case, form, mutation) of every row of `particle_cases.csv`."""
    return tuple((r["language"].strip(), r["particle"].strip(), r["case"].strip(), r["form"].strip(),
                  (r.get("mutation") or "").strip()) for r in data_rows("actors", "particle_cases.csv"))


def radical(word: str, lang: str) -> str:
    """``word`` without a mutation of ``lang`` that sets a lower-case prefix before its capital (`hUiginn` → `Uiginn`).

    >>> radical("hUiginn", "ga"), radical("nGaedheal", "ga"), radical("Coileáin", "ga")
    ('Uiginn', 'Gaedheal', 'Coileáin')
    """
    for row_lang, beginning, _, forms, _ in prefix_rows():
        if row_lang != lang or not beginning:
            continue
        for form in forms:
            if form[:1].islower() and word.startswith(form) and form != beginning:
                return beginning + word[len(form):]
    return word


def particle_case_forms(family: list[str]) -> list[tuple[str, str]]:
    """(form, language) of a family name of a declining particle and one name, in each case the rows give.

    >>> particle_case_forms(["Ó", "Coileáin"]), particle_case_forms(["Ó", "hUiginn"])
    ([('Uí Choileáin', 'ga')], [('Uí Uiginn', 'ga')])
    >>> particle_case_forms(["Mac", "Cosgair"]), particle_case_forms(["de", "Valera"])
    ([('Mhic Cosgair', 'ga'), ('Mhic Cosgair', 'gd')], [])
    """
    if len(family) != 2:
        return []
    out = []
    for lang, particle, _, form, mutation in particle_rows():
        if family[0] != particle:
            continue
        name = radical(family[1], lang)
        names = (prefixed_forms(name, alphabet_of(name)).get((lang, mutation)) or [name]) if mutation else [name]
        out += [(f"{form} {n}", lang) for n in names if alphabet_of(n) == alphabet_of(form)]
    return out


def _given_in_case(given: list[str], form: str, lang: str) -> list[str]:
    """The given names before the particle's ``form``, the last one declined in the particle's case by the paradigms
    of ``lang`` (Scottish Gaelic `Dòmhnall Mac Phàrlain` → `Dhòmhnaill Mhic Phàrlain`)."""
    cases = {case for row_lang, _, case, row_form, _ in particle_rows() if row_lang == lang and row_form == form}
    declined = decline(given[-1])
    return [" ".join(given[:-1] + [f]) for case in sorted(cases) for f in declined.get((lang, case), [])]


def particle_variants(name: str, family: str = "") -> list[tuple[str, str, bool, str]]:
    """(surface, rule, surname_only, languages) of a person's name whose family name opens with a declining particle:
    the family name alone in each case, and after the given names as written or declined in the same case.

    >>> particle_variants("Liam T. Mac Cosgair")[:2]
    [('Mhic Cosgair', 'surname', True, 'ga'), ('Liam T. Mhic Cosgair', 'case', False, 'ga')]
    >>> [s for s, *_ in particle_variants("Dòmhnall Mac Phàrlain") if s.startswith("Dh")]
    ['Dhòmhnaill Mhic Phàrlain']
    """
    given, surname = split_name(name, family)
    out = []
    for form, lang in particle_case_forms(surname):
        out.append((form, "surname", True, lang))
        if given:
            out.append((f"{' '.join(given)} {form}", "case", False, lang))
            particle = form.split(" ")[0]
            out += [(f"{g} {form}", "case", False, lang) for g in _given_in_case(given, particle, lang)]
    return out


@lru_cache(maxsize=1)
def _dropped_particles() -> tuple[tuple[str, str], ...]:
    """(language, particle) of each row of `particle_drops.csv`."""
    return tuple((r["language"].strip(), r["particle"].strip()) for r in data_rows("actors", "particle_drops.csv"))


_VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"


def _syllables(word: str) -> int:
    """Groups of vowels in ``word``, a final mute `e` or `es` left out (`Gaulle`: one, `Vaucouleurs`: three)."""
    word = word.lower()
    word = word[:-2] if word.endswith("es") else word[:-1] if word.endswith("e") else word
    groups, inside = 0, False
    for ch in word:
        if ch in _VOWELS and not inside:
            groups += 1
        inside = ch in _VOWELS
    return groups


def dropped_particle_forms(name: str, family: str = "") -> list[tuple[str, str, bool, str]]:
    """(surface, rule, surname_only, languages) of a family name alone without the particle its language leaves out.

    >>> dropped_particle_forms("Henri de Vaucouleurs"), dropped_particle_forms("Charles de Gaulle")
    ([('Vaucouleurs', 'surname', True, 'fr')], [])

    French drops `de` before a family name that begins with a consonant and has more than one syllable; a name of
    one syllable or one that begins with a vowel keeps it (`de Gaulle`, `d'Orléans`).
    """
    given, surname = split_name(name, family)
    if not given or len(surname) != 2:
        return []
    particle, core = surname
    if not core[:1].isupper() or core[:1].lower() in _VOWELS + "h" or _syllables(core) < 2:
        return []
    return [(core, "surname", True, lang) for lang, dropped in _dropped_particles() if dropped == particle]
