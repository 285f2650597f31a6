"""An initial before a family name says whose name it is: `J. Abellana` is not Marcelo Abellana.

A note cites a later historian who shares an actor's family name (`T. Pilling, Colonial Judges`, the
actor being Harold Pilling) by the initial of a given name the actor never bore. An initial that none
of the words of the actor's name and aliases begins with names another person; the family name after
it is no mention of the actor. Only single capital letters count as initials, and only against words
of the actor's names in the same script with capitals: `Th.` may stand for `Theodor` or `Thomas`, an
Arabic or Hebrew initial has no capital to tell it from a word, and a Latin initial cannot be checked
against a name written in Cyrillic (`E. Beneš` for `Едвард Бенеш`).
"""

from __future__ import annotations

import unicodedata

import pandas as pd

from ..patterns import compiled

#: A run of initials just before a name (`J. `, `G. R. `), each a capital letter and a full stop.
_INITIALS_BEFORE = compiled(r"(?:(?<![\w.])[^\W\d_]\.[ \t\u00a0]*\n?[ \t]*)+$")
#: Per language, single letters with a full stop that are titles, not initials: French `M.` (Monsieur).
TITLE_LETTERS = {"fr": frozenset("M")}


def title_letters(languages: frozenset | None) -> frozenset:
    """The title letters of a document's languages (`document_languages`; ``None``, not told: none; a French
    text is told by its many function words).

    >>> sorted(title_letters(frozenset({"fr", "en"}))), sorted(title_letters(None))
    (['M'], [])
    """
    return frozenset().union(*(v for k, v in TITLE_LETTERS.items() if languages is not None and k in languages))


def _script(ch: str) -> str:
    """The script of a letter, as the first word of its Unicode name (`LATIN`, `CYRILLIC`)."""
    return unicodedata.name(ch, " ").split(" ")[0]


def _plain(ch: str) -> str:
    """A letter without its accents, in upper case (`É` → `E`, `ł` → `Ł`: only combining marks go)."""
    return unicodedata.normalize("NFD", ch)[0].upper()


def name_initials(actors: pd.DataFrame) -> dict[str, frozenset]:
    """actor_id → the words of its name and aliases and their first letters (plain, upper case).

    >>> table = pd.DataFrame({"actor_id": ["a"], "name": ["Marcelo Abellana"], "aliases": ["Don Marcelo"]})
    >>> sorted(name_initials(table)["a"])
    ['A', 'Abellana', 'D', 'Don', 'M', 'Marcelo']
    """
    out = {}
    for actor_id, name, aliases in zip(actors.actor_id, actors.name, actors.aliases):
        names = [str(name)] + [a for a in str(aliases if isinstance(aliases, str) else "").split("|") if a]
        words = {w for n in names for w in n.split() if w[:1].isalpha()}
        out[actor_id] = frozenset(words | {_plain(w[0]) for w in words})
    return out


def other_persons_initial(text: str, start: int, initials: frozenset, titles: frozenset = frozenset(),
                          given: bool = False) -> bool:
    """Whether initials just before ``text[start:]`` name someone other than the actor of ``initials``
    (``titles``: letters that are titles in the document's languages, `title_letters`). Before a name read as the
    actor's ``given`` name alone any initial does: where people go by the given name, `G. Tasfaayee` is a man
    whose father was a Tasfaayee.

    >>> other_persons_initial("T. Pilling, Judges", 3, frozenset("HP"))
    True
    >>> other_persons_initial("per H. Pilling", 7, frozenset("HP")), other_persons_initial("Pilling", 0, frozenset("H"))
    (False, False)
    >>> other_persons_initial("Harold T. Pilling", 10, frozenset({"H", "P", "Harold"}))
    False
    >>> other_persons_initial("G. Tasfaayee", 3, frozenset({"G", "T"}), given=True)
    True
    """
    m = _INITIALS_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    letters = [ch for ch in m.group() if ch.isalpha()]
    if not letters or any(not ch.isupper() for ch in letters) or set(letters) <= titles:
        return False
    before = text[max(0, m.start() - 40):m.start()].split()
    if before and before[-1] in initials:
        return False  # a middle initial between the actor's given and family name (`Стојан М. Протић`)
    if given:
        return True
    scripts = {_script(ch) for ch in initials if len(ch) == 1}
    if any(_script(ch) not in scripts for ch in letters):
        return False
    return not any(_plain(ch) in initials for ch in letters)
