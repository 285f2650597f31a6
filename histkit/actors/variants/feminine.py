"""A woman's family name in the feminine form her sources' languages give it: Polish `Nowakowa` (a wife),
`Nowakówna` (a daughter), Czech `Nováková`, early modern German `Hölzlin`.

An authority file lists a woman as one source or her own usage writes her
(`Helena Nowak`, `Katharina Hölzl`); a text or an archival record of a
language that marks a woman's family name writes her otherwise. The forms are
the rows of ``histkit/data/actors/feminine_family_forms.csv``: a language, the
ending of the family name they replace (none: after a consonant) and the
feminine forms (``|``-separated). Such a form names a woman of the family in
any text, so it is looked for in all of them.
"""

from __future__ import annotations

from functools import lru_cache

from ...data import data_rows
from .names import gender_of, initials_forms, mans_family_name, split_name
from .paradigms import VOWELS


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(ending, forms) of every row, the longest ending first."""
    rows = {(r["ending"].strip(), tuple(f.strip() for f in r["forms"].split("|") if f.strip()))
            for r in data_rows("actors", "feminine_family_forms.csv")}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r)))


def feminine_family_names(word: str) -> list[str]:
    """The feminine forms of a family name written as a man's (or as no language marks it).

    >>> sorted(feminine_family_names("Nowak")), feminine_family_names("Svoboda"), feminine_family_names("Nováková")
    (['Nowakin', 'Nowaková', 'Nowakowa', 'Nowakówna'], ['Svobodina', 'Svobodová'], [])
    """
    if len(word) < 3 or not word[-1:].isalpha() or not word[:1].isupper() or mans_family_name(word) != word:
        return []
    out = []
    for ending, forms in _rows():
        if ending and word.lower().endswith(ending):
            out += [word[:len(word) - len(ending)] + f for f in forms]
        elif not ending and word[-1].lower() not in VOWELS:
            out += [word + f for f in forms]
    return list(dict.fromkeys(out))


def feminine_forms(rows) -> dict[tuple[str, str], bool]:
    """(actor_id, surface) → surname_only, of the women of an authority: each name or alias of several words with the
    family name in a feminine form, its given names as initials before it, and that family name alone.

    >>> forms = feminine_forms([("n", "person", "", "Helena Nowak", [("Helena Nowak", False)])])
    >>> forms[("n", "Helena Nowakowa")], forms[("n", "H. Nowakowa")], forms[("n", "Nowakowa")]
    (False, False, True)
    >>> feminine_forms([("s", "person", "", "Samuel Brown", [("Samuel Brown", False)])])
    {}

    ``rows`` are (actor_id, kind, gender, name, name_forms) of each actor.
    These forms are made as they are, not declined: the sources that write
    them are cited in notes, where a name stands in its first form.
    """
    out: dict[tuple[str, str], bool] = {}
    for actor_id, kind, gender, _, forms in rows:
        for form, _ in forms if kind == "person" else ():
            given, family = split_name(form)
            if not given or len(family) != 1 or "f" not in gender_of(given, family, gender):
                continue
            for feminine in feminine_family_names(family[0]):
                out[(actor_id, " ".join(given + [feminine]))] = False
                for initials in initials_forms(given, [feminine]):
                    out[(actor_id, initials)] = False
                out.setdefault((actor_id, feminine), True)
    return out
