"""A work a note names inside a sentence of prose, after the possessive that gives it to the person named before it:
`… stated by Charles Edward Penrose in his Treatise on Copyhold Tenure (London 1825), was that …`, `Schon Friedrich
Adolph Lentz hat in seinem Lehrbuch des Pandektenrechts (Leipzig 1861) …`, `Reeds Scholten-Bakker merkte in haar
proefschrift Het eigendomsvoorbehoud (Leiden 1938) op …`.

The readers take what stands before the imprint in brackets for the title; the sentence's words before `in` and the
possessive (``possessive_words.csv``: `in his`, `dans son`, `in seinem`) are no part of it. The title opens with the
first capital after the possessive (a genre's word in small letters, `proefschrift`, goes before it); the author is
the name nearest before. Either reader, the rules' or the model's, may have read such a sentence as a title: the
merged table is looked at.
"""

from __future__ import annotations

import re

import pandas as pd

from .names import is_name
from .topicref import name_start
from .words import LOWER, UPPER, alternation
from ..patterns import compiled

# `in` and the possessive (`in his`, `dans son`, `in seinem`), a genre's word or two in small letters, then the title's
# capital (not a possessive in a title: `… auf den verschiedenen Stufen seiner Entwicklung`)
_POSSESSIVE = compiled(rf"(?<![^\W\d_])(?:{alternation('possessive_words.csv', 'in')})\s+"
                       rf"(?:{alternation('possessive_words.csv', 'possessive')})\s+(?:(?-i:{LOWER})[^\W\d_]*\s+){{0,2}}"
                       rf"(?=(?-i:[{UPPER}]))", re.IGNORECASE)
# a run of capitalised words (`Friedrich Adolph Lentz`, `Scholten-Bakker`)
_CAPITALS = compiled(rf"(?-i:[{UPPER}])[^\W\d_]+(?:[-'’](?-i:[{UPPER}])?[^\W\d_]+)*(?:\s+(?-i:[{UPPER}])[^\W\d_]+(?:[-'’](?-i:[{UPPER}])?[^\W\d_]+)*)*")
# the person's name stands at most this many words before the possessive (`hat in`, `l'avait déjà soutenu dans`)
_WORDS_BEFORE = 6


def work_in_prose(ref: dict) -> dict:
    """``ref`` with its title cut after the possessive that ends the sentence's words before it, and the name nearest
    before as its author, when no author was read and the title is prose with a possessive (see the module's docstring).

    >>> ref = work_in_prose({"authors": "", "title": "The older view, stated by Charles Edward Penrose in his "
    ...                                              "Treatise on Copyhold Tenure"})
    >>> ref["authors"], ref["title"]
    ('Charles Edward Penrose', 'Treatise on Copyhold Tenure')
    """
    title = ref["title"]
    if ref["authors"] or " " not in title:
        return ref
    found = ([None] + list(_POSSESSIVE.finditer(title)))[-1]  # (the last: the sentence's words all before it)
    if found is None or not title[found.end():].strip():
        return ref
    head = title[:found.start()]
    name = name_before(" ".join(head.split()[-_WORDS_BEFORE:]))
    if not name:  # (no name before it: `in his Treatise` of an author the note named elsewhere is not read here)
        return ref
    return dict(ref, authors=name, title=title[found.end():].strip())


def name_before(words: str) -> str:
    """The last run of capitalised words in ``words`` that ends in a person's name: its forenames (or initials) and
    surname (`topicref.name_start`: `Schon Friedrich Adolph Lentz` → `Friedrich Adolph Lentz`), or its last word
    alone, a surname (`Reeds Scholten-Bakker` → `Scholten-Bakker`); '' if none."""
    for run in reversed(list(_CAPITALS.finditer(words))):
        parts = run.group().split()
        start = name_start(parts) if len(parts) >= 2 else None
        if start is not None:
            return " ".join(parts[start:])
        if is_name(parts[-1]):
            return parts[-1]
    return ""


def works_in_prose(references: pd.DataFrame, read=work_in_prose) -> pd.DataFrame:
    """The references table with ``read`` (`work_in_prose`, or a reader that tries it first) applied to each row that
    names no author.

    >>> table = pd.DataFrame({"authors": [""],
    ...                       "title": ["Reeds Scholten-Bakker merkte in haar proefschrift Het eigendomsvoorbehoud"]})
    >>> works_in_prose(table).values.tolist()
    [['Scholten-Bakker', 'Het eigendomsvoorbehoud']]
    """
    if references.empty:
        return references
    authors, titles = references["authors"].fillna("").astype(str), references["title"].fillna("").astype(str)
    readings = {k: read({"authors": a, "title": t}) for k, (a, t) in enumerate(zip(authors, titles))
                if not a.strip() and " " in t}
    changed = {k: ref for k, ref in readings.items() if ref["title"] != titles.iloc[k]}
    if not changed:
        return references
    out = references.copy()
    rows = list(changed)
    out.iloc[rows, out.columns.get_loc("authors")] = [changed[k]["authors"] for k in rows]
    out.iloc[rows, out.columns.get_loc("title")] = [changed[k]["title"] for k in rows]
    return out
