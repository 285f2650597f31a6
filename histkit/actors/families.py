"""A family's name in the plural and its cases (`family_plurals.csv`): `Zawadzcy`, `Zawadzkich`; `Szalayék`.

An authority file lists a family or dynasty (kind ``family``) once, beside its
members: by the plural of the family name (`Zawadzcy`, `Zemplényiovci`,
`Rosenbachii`, `Koskelaiset`) or by a word for family and the name (`Szalay
család`). A text names the family in every case of that plural. Each row of
``histkit/data/actors/family_plurals.csv`` is one language's plural of family
names with one ending: ``language``, ``ending`` (of the name in the singular,
replaced by the forms; empty: nothing is replaced), ``after`` (for an empty
ending: ``consonant``, ``vowel`` or ``any`` letter the name ends in) and
``forms``, the plural's endings, ``|``-separated, **the nominative first**. A
word of the family's name or alias that ends in a row's nominative is read as
that plural (`Zawadzcy` → `Zawadzkich`, `Zawadzkim`, `Zawadzkimi`); a word of
it that is a word of a member's name in the file is read as the family name in
the singular (`Szalay család` and `Szalay Géza`: `Szalayék`, `Szalayéknál`).
A historian adds a language or an ending by adding rows.
"""

from __future__ import annotations

from functools import lru_cache

from ..data import data_rows
from .variants.paradigms import VOWELS

#: The shortest stem a plural ending is taken off (`Ozoli` → `Ozol`), so a short word is no plural.
_SHORTEST_STEM = 3


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(language, ending, after, forms) of every row, in file order."""
    return tuple((r["language"].strip(), r["ending"].strip(), (r.get("after") or "").strip(),
                  tuple(f.strip() for f in r["forms"].split("|") if f.strip()))
                 for r in data_rows("actors", "family_plurals.csv") if r["forms"].strip())


def _fits(word: str, ending: str, after: str) -> bool:
    if ending:
        return word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM
    last = word[-1:].lower()
    return last.isalpha() and (after == "any" or (after == "vowel") == (last in VOWELS))


def plural_forms(word: str, singular: bool) -> dict[str, str]:
    """Form → language of the plural forms of a family name ``word`` (in the singular, or as a nominative plural).

    >>> sorted(plural_forms("Zawadzcy", singular=False))
    ['Zawadzcy', 'Zawadzkich', 'Zawadzkim', 'Zawadzkimi']
    >>> plural_forms("Szalay", singular=True)["Szalayéknál"], plural_forms("Rosenbachii", singular=False)["Rosenbachiis"]
    ('hu', 'la')
    """
    out: dict[str, str] = {}
    if not word[:1].isupper():
        return out
    for language, ending, after, forms in _rows():
        if singular:
            if not _fits(word, ending, after):
                continue
            stem = word[:len(word) - len(ending)]
        else:
            if not word.endswith(forms[0]):
                continue
            stem = word[:len(word) - len(forms[0])]
            if len(stem) < _SHORTEST_STEM or not _fits(stem + ending, ending, after):
                continue
        for form in forms:  # (a form several languages make is looked for in each)
            out[stem + form] = " ".join(sorted(set(out.get(stem + form, "").split()) | {language}))
    return out


def family_plurals(rows) -> dict[tuple[str, str], str]:
    """(actor_id, surface) → language, the plural forms of each family of an authority.

    >>> rows = [("f", "family", "", "Szalay család", [("Szalay család", False)]),
    ...         ("g", "person", "", "Szalay Géza", [("Szalay Géza", False)])]
    >>> [form for _, form in family_plurals(rows) if form.startswith("Szalayé")][:3]
    ['Szalayék', 'Szalayéket', 'Szalayéknek']

    ``rows`` are (actor_id, kind, gender, name, name_forms) of each actor.
    """
    member_words = {w for _, kind, _, name, _ in rows if kind == "person" for w in name.split()}
    out: dict[tuple[str, str], str] = {}
    for actor_id, kind, _, _, forms in rows:
        if kind != "family":
            continue
        for form, _ in forms:
            for word in form.split():
                made = plural_forms(word, singular=False)
                if word in member_words:
                    made.update(plural_forms(word, singular=True))
                for surface, language in made.items():
                    out.setdefault((actor_id, surface), language)
    return out
