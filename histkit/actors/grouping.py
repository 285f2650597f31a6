"""One actor from many spellings: inflected, in the other script, with or without the first name.

`group_forms` joins the surfaces of name candidates that histkit's variant
generator (`histkit.actors.variants`) makes from one another (`Francija`,
`Francije`, `Franciji`; `Hebrang`, `Hebranga`, `Хебранг`; `Moulin`, `Moulin’s`,
`Moulin-u`) or that a lemmatizer (simplemma) reads as one word, and then gives
a surname used alone to the one longer name that ends with it (`Andrić` to `Ivo
Andrić`).
"""

from __future__ import annotations

import functools

from .kinds import is_members_word, is_organisation_word
from .phrases import is_first_name
from .variants import normalise, to_latin, variants
from ..patterns import compiled

#: The variant rules that keep every word of a name (initials and inverted order would join
#: `Belgian Labour Party` to `British Labour Party` by `B. Party`).
SAME_NAME_RULES = frozenset({"name", "case", "hyphen_case", "possessive", "possessive_adjective", "script",
                             "diacritics", "s_form"})

#: A Slovene name in -r declined with -j- (`Bebler`, `Beblerja`, `Beblerjem`), which the variant generator does not make.
_R_STEM = compiled(r"(?<=[^\W\d_]{3})r(?:ja|ju|jem|ji|jo)$")


#: A Slovene possessive adjective in a case the generator does not make: `Titovega`, `Kardeljevemu`, `Pellinih`.
_SLOVENE_ADJECTIVE = compiled(r"^([^\W\d_]{3,}?)(?:ov|ev|in)(?:ega|emu|em|ih|im|ima)$")


def is_declined(form: str) -> bool:
    """Whether the last word of ``form`` is a Slovene case of a name in -r (`Beblerja`), not its nominative.

    >>> is_declined("Aleša Beblerja"), is_declined("Aleš Bebler")
    (True, False)
    """
    return bool(_R_STEM.search(form))


def group_forms(forms: list[str], languages: tuple = ("en",)) -> list[list[str]]:
    """The forms in groups that name one actor; each group in the order of ``forms``, groups by their first form.

    >>> group_forms(["Ivo Andrić", "Andrić", "Francija", "Franciji", "Hebrang", "Хебранг", "Hebranga", "Ana Pauker"], ("hbs",))
    [['Ivo Andrić', 'Andrić'], ['Francija', 'Franciji'], ['Hebrang', 'Хебранг', 'Hebranga'], ['Ana Pauker']]

    ``forms`` are the distinct surfaces, best known first (a group's name is
    its first form); ``languages`` are simplemma's codes of the texts'
    languages (Serbian, Croatian and Bosnian are one there: hbs). A single word that ends several longer names (`Europe`
    in `Western Europe` and `Eastern Europe`) stays alone.
    """
    parent = list(range(len(forms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    keys: dict[str, int] = {}
    for i, form in enumerate(forms):
        for key in _keys(form, languages):
            if key in keys:
                union(i, keys[key])
            else:
                keys[key] = i
    _attach_surnames(forms, find, union)
    _attach_first_names(forms, find, union)
    groups: dict[int, list[str]] = {}
    for i, form in enumerate(forms):
        groups.setdefault(find(i), []).append(form)
    return [groups[k] for k in sorted(groups)]


def _keys(form: str, languages: tuple) -> set[str]:
    """Strings two forms of one name share: its variants' base (the form itself) and its lemma, in Latin letters."""
    keys = {_fold(form)}
    keys |= {_fold(w) for w in _base_forms(form)}
    if " " not in form and _R_STEM.search(form):
        keys.add(_fold(_R_STEM.sub("r", form)))
    adjective = _SLOVENE_ADJECTIVE.match(form)
    if adjective:  # `Titovega` of `Tito`, `Kardeljevemu` of `Kardelj`: cases the variant generator does not make
        keys |= {_fold(adjective.group(1) + vowel) for vowel in ("", "o", "a")}
    lemma = " ".join(_lemma(w, languages) for w in form.split())
    keys.add("lemma:" + _fold(lemma))
    return keys


def surname_runs(forms: list[str]) -> set[str]:
    """The forms of several words each of which is also used alone, in any case, with no first name before them:
    two surnames in a row (`Hebrang Andriću`, a letter from one to the other), no name of their own.

    >>> sorted(surname_runs(["Hebrang", "Andrić", "Hebrang Andriću", "Ivo Andrić", "Ivo"]))
    ['Hebrang Andriću']
    """
    singles = {key for form in forms if " " not in form for key in _word_keys(form)}
    return {form for form in forms if " " in form and not is_first_name(form.split()[0])
            and all(_word_keys(w) & singles and not is_organisation_word(w) and not is_members_word(w)
                    for w in form.split())}


def _attach_surnames(forms: list[str], find, union) -> None:
    """Give a one-word group to the one group of longer names whose last word it is (in any case or script)."""
    singles = {key for form in forms if " " not in form for key in _word_keys(form)}
    last_words: dict[str, set[int]] = {}
    for i, form in enumerate(forms):
        words = form.split()
        # Two surnames in a row (`Pismo Hebranga Andriću`, a letter from one to the other) are no full name.
        # Nor is an organisation's name, though its last word is a place's (`Kommunisten Jugoslawiens`).
        if len(words) > 1 and (is_first_name(words[0]) or not all(_word_keys(w) & singles for w in words)) and not any(
                is_organisation_word(w) or is_members_word(w) for w in words):
            for key in _word_keys(words[-1]):
                last_words.setdefault(key, set()).add(i)
    for i, form in enumerate(forms):
        if " " in form:
            continue
        owners = {find(j): j for key in _word_keys(form) for j in last_words.get(key, ())}
        owners.pop(find(i), None)
        # Several full names end with it: one person when they differ only in the spelling of a first name
        # (`Josip Hebrang`, `Josef Hebrang`), not when the first names differ (`John Foster Dulles`, `Allen Dulles`).
        if len({_fold(forms[j])[:1] for j in owners.values()}) == 1:
            for root in owners:
                union(i, root)


def _attach_first_names(forms: list[str], find, union) -> None:
    """Give a first name used alone (`Ernest's`) to the one group of full names that begins with it."""
    first_words: dict[str, set[int]] = {}
    for i, form in enumerate(forms):
        words = form.split()
        if len(words) > 1 and is_first_name(words[0]):
            for key in _word_keys(words[0]):
                first_words.setdefault(key, set()).add(i)
    for i, form in enumerate(forms):
        if " " in form or not is_first_name(form):
            continue
        owners = {find(j) for key in _word_keys(form) for j in first_words.get(key, ())}
        owners.discard(find(i))
        if len(owners) == 1:
            union(i, owners.pop())


@functools.lru_cache(maxsize=65536)
def _word_keys(word: str) -> frozenset:
    """The Latin folded forms of a word's base: `Hebrangom`, `Hebrang-om`, `Хебранг` all give `hebrang`."""
    stem = {_fold(_R_STEM.sub("r", word))} if _R_STEM.search(word) else set()
    return frozenset({_fold(word)} | {_fold(b) for b in _base_forms(word)} | stem)


@functools.lru_cache(maxsize=65536)
def _base_forms(form: str) -> tuple:
    """The bases whose case, possessive or script variants ``form`` is: each variant key points back to its base.

    Made the other way round from the generator: the form's own variants are
    its inflections, so a form is joined to another when one is among the
    other's variants. The variants of the form are returned; `group_forms`
    keys each form by them, so that two forms meet when one generates the other.
    """
    out = []
    # A first name in -a makes the generator guess a woman, whose surname it does not decline (`Nikola Pašić`).
    single = " " not in form
    for kind, gender in (("person", ""), ("person", "m"), ("organisation", "")):
        for v in variants(form, kind, gender, adjectives=kind == "person", paradigms=False):
            # A possessive adjective is made from the last word: only a one-word form's is its own (`Pašićeva`).
            if (v.rule in SAME_NAME_RULES and (not v.surname_only or (v.rule == "possessive_adjective" and single))
                    and v.surface.upper() != v.surface):
                out.append(v.surface)
    return tuple(out)


def _fold(text: str) -> str:
    return to_latin(normalise(text)).casefold().replace("’", "'")


@functools.lru_cache(maxsize=65536)
def _lemma(word: str, languages: tuple) -> str:
    """The first lemma a language of ``languages`` gives that differs from the word (the word itself if none)."""
    import simplemma  # here: only drafting needs it, and its tables load slowly

    for lang in languages:
        lemma = simplemma.lemmatize(word, lang=lang)
        if lemma != word:
            return lemma
    return word


def base_rank(form: str, group: list[str]) -> int:
    """How many other forms of ``group`` the variants of ``form`` make: the nominative makes the most.

    >>> base_rank("Nikola Pašić", ["Nikola Pašić", "Nikole Pašića", "Pašićeva"]), base_rank("Nikole Pašića", ["Nikola Pašić"])
    (1, 0)
    """
    made = {_fold(v) for v in _base_forms(form)}
    return sum(1 for other in group if other != form and _fold(other) in made)
