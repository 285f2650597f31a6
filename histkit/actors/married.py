"""A wife named by her husband's name and a suffix (Hungarian `Szalay Gézáné`), and so by his family name and the
suffix alone (`Szalayné`, `Szalaynéval`): her forms, never a man's. A woman listed by a title and the family name
of a man the file lists (`Mrs Lewes` beside George Henry Lewes) is named so with the title; the family name alone is
his (`borne_by_title`).

The suffix and its cases are the ``wife`` rows of ``histkit/data/actors/name_paradigms.csv`` (Hungarian
`né|nét|nének|…`, the suffix itself first): an authority file lists the woman as her sources name her, the husband's
full name with the suffix; a text shortens it to the family name with the suffix, in its cases. A historian adds a
language by adding its ``wife`` rows.
"""

from __future__ import annotations

from functools import lru_cache

from ..data import data_rows


@lru_cache(maxsize=1)
def _wife_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(language, forms) of each ``wife`` row of the paradigms, the suffix itself first."""
    rows = {(r["language"].strip(), tuple(f.strip() for f in r["forms"].split("|") if f.strip()))
            for r in data_rows("actors", "name_paradigms.csv") if r["case"].strip() == "wife"}
    return tuple(sorted(r for r in rows if r[1]))


def married_short_forms(rows) -> dict[tuple[str, str], str]:
    """(actor_id, surface) → language, the family name and the wife's suffix of each woman listed by her husband's name.

    >>> forms = married_short_forms([("w", "person", "", "Kovács Lajosné", [("Kovács Lajosné", False)])])
    >>> forms[("w", "Kovácsné")], ("w", "Kovácsnéval") in forms
    ('hu', True)
    >>> married_short_forms([("m", "person", "", "Kovács Lajos", [("Kovács Lajos", False)])])
    {}

    ``rows`` are (actor_id, kind, gender, name, name_forms) of each actor. The
    family name is the word before the husband's given name with the suffix
    (Hungarian writes the family name first).
    """
    out: dict[tuple[str, str], str] = {}
    for actor_id, kind, _, _, forms in rows:
        for form, _ in forms if kind == "person" else ():
            words = form.split()
            if len(words) < 2 or not words[-2][:1].isupper():
                continue
            for language, suffixes in _wife_rows():
                if words[-1].endswith(suffixes[0]) and len(words[-1]) > len(suffixes[0]) + 1:
                    for suffix in suffixes:
                        out.setdefault((actor_id, words[-2] + suffix), language)
    return out


@lru_cache(maxsize=1)
def _titles() -> frozenset:
    """The titles of `titles.csv`, in small letters."""
    return frozenset(r["form"].strip().casefold() for r in data_rows("actors", "titles.csv"))


def borne_by_title(rows) -> set[tuple[str, str]]:
    """(actor_id, alias) of each person's alias of a title and a family name that another person of the file bears
    in his own name (`Mrs Lewes`, where `George Henry Lewes` is listed): the family name alone is not hers.

    >>> rows = [("e", "person", "f", "George Eliot", [("George Eliot", False), ("Mrs Lewes", True)]),
    ...         ("l", "person", "m", "George Henry Lewes", [("George Henry Lewes", False)])]
    >>> borne_by_title(rows)
    {('e', 'Mrs Lewes')}

    ``rows`` are (actor_id, kind, gender, name, name_forms) of each actor.
    """
    titled, bearers = {}, {}
    for actor_id, kind, _, _, forms in rows:
        for form, is_alias in forms if kind == "person" else ():
            words = form.split()
            if len(words) == 2 and is_alias and words[0].rstrip(".").casefold() in _titles():
                titled[(actor_id, form)] = words[1]
            elif len(words) >= 2 and words[0].rstrip(".").casefold() not in _titles():
                bearers.setdefault(words[-1], set()).add(actor_id)
    return {key for key, family in titled.items() if bearers.get(family, set()) - {key[0]}}
