"""The names an international body goes by in other languages (`international_bodies.csv`).

A historian's authority file lists the United Nations or the League of Nations
once, under the name the article's language gives it; the notes cite the body's
own documents and the literature in theirs (`United Nations`, `Société des
Nations`, `SDN`, `الأمم المتحدة`). Each row of
``histkit/data/actors/international_bodies.csv`` is one name of one body:
``body`` (a key the rows of one body share), ``language``, ``name``. An actor
that is no person and is listed under one of a body's names (its name or an
alias) is looked for under all of them; a historian adds a body, a language or
an acronym by adding rows.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..data import data_rows


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


@lru_cache(maxsize=1)
def _bodies() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(folded name → body, body → its names in file order)."""
    body_of: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for row in data_rows("actors", "international_bodies.csv"):
        body, name = row["body"].strip(), unicodedata.normalize("NFC", row["name"].strip())
        if body and name:
            body_of.setdefault(_key(name), body)
            if name not in names.setdefault(body, []):
                names[body].append(name)
    return body_of, {body: tuple(n) for body, n in names.items()}


def body_names(kind: str, forms: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The other names of the international body an actor's ``forms`` (name, is_alias) name, each as an alias.

    >>> body_names("organisation", [("Nacions Unidas", False), ("ONU", True)])[:3]
    [('United Nations', True), ('United Nations Organization', True), ('UN', True)]
    >>> body_names("person", [("ONU", False)]), body_names("party", [("PCF", False)])
    ([], [])
    """
    if kind == "person":
        return []
    body_of, names = _bodies()
    listed = {_key(form) for form, _ in forms}
    bodies = dict.fromkeys(body_of[k] for k in (_key(form) for form, _ in forms) if k in body_of)
    return [(name, True) for body in bodies for name in names[body] if _key(name) not in listed]
