"""An initial or a given name before a family name says whose name it is: `J. Abellana` is not Marcelo Abellana,
`Jean Marchal` not Lucienne Marchal.

A note cites a later historian who shares an actor's family name (`T. Pilling, Colonial Judges`, the
actor being Harold Pilling) by the initial of a given name the actor never bore. An initial that none
of the words of the actor's name and aliases begins with names another person; the family name after
it is no mention of the actor. Only single capital letters count as initials, and only against words
of the actor's names in the same script with capitals: `Th.` may stand for `Theodor` or `Thomas`, an
Arabic or Hebrew initial has no capital to tell it from a word, and a Latin initial cannot be checked
against a name written in Cyrillic (`E. Beneš` for `Едвард Бенеш`). A given name of `first_names.csv` written
in full before the family name, when the actor bears no such name, names a relative or a namesake: `other_persons_given_name`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pandas as pd

from ..data import data_rows
from ..patterns import compiled
from ..text import is_cyrillic, strip_diacritics
from .variants.nameorders import is_family_first_name
from .variants.romanise import romanised
from .offices import held_office

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
    notes = actors["note"] if "note" in actors else [""] * len(actors)
    for actor_id, name, aliases, note in zip(actors.actor_id, actors.name, actors.aliases, notes):
        # (an office held for a period is no name of his: `First Secretary` gives Sergei Khrushchev no initial)
        names = [str(name)] + [a for a in str(aliases if isinstance(aliases, str) else "").split("|")
                               if a and not held_office(a, note if isinstance(note, str) else "")]
        words = {w for n in names for w in n.split() if w[:1].isalpha()}
        out[actor_id] = frozenset(words | {_plain(w[0]) for w in words})
    return out


def other_persons_initial(text: str, start: int, initials: frozenset, titles: frozenset = frozenset(),
                          given: bool = False, end: int | None = None) -> bool:
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

    With ``end``, the initials a citation prints after the family name count too (`inverted_initials`).
    """
    if end is not None and not given and _foreign(inverted_initials(text, end), initials):
        return True
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


#: Initials after a family name in a citation's inverted order, two or more (a given name and a second or a
#: father's: one alone after a comma is a judge's `J.` as often, `Abellana, J.`): after a comma
#: (`Kokovtsov, A. V.,`) closed by punctuation, or with none (`Коковцов А. В. Финансовая …`).
_INITIALS_AFTER = compiled(r",[ \t\u00a0]*((?:[^\W\d_]\.[ \t\u00a0]*){2,})(?=[,.:;(]|$)"
                           r"|[ \t\u00a0]+((?:[^\W\d_]\.[ \t\u00a0]*){2,})")


def inverted_initials(text: str, end: int) -> list[str]:
    """The initials a citation prints after the family name ending at ``end``, in inverted order.

    >>> inverted_initials("Коковцов А. В. Финансовая политика", 8), inverted_initials("Kokovtsov, A. V., Finance", 9)
    (['А', 'В'], ['A', 'V'])
    >>> inverted_initials("Churchill, A. Eden and Attlee", 9), inverted_initials("decision of Abellana, J.", 20)
    ([], [])
    """
    m = _INITIALS_AFTER.match(text, end)
    return [ch for ch in (m.group(1) or m.group(2)) if ch.isalpha()] if m else []


def _foreign(letters: list[str], initials: frozenset) -> bool:
    """Whether capital ``letters`` of the actor's script begin none of the words of the actor's names: the first
    letter is the given name's (the next may be a father's: `Коковцов В. Н.` is Vladimir Nikolaevich)."""
    if not letters or not letters[0].isupper():
        return False
    scripts = {_script(ch) for ch in initials if len(ch) == 1}
    return _script(letters[0]) in scripts and _plain(letters[0]) not in initials


#: The word just before a name, on its line or the line before (`Jean `, `Tomás\n`).
_WORD_BEFORE = compiled(r"(?<![\w'’.-])([^\W\d_][\w'’-]*)[ \t\u00a0]*\n?[ \t]*$")


def given_name_listed(word: str) -> bool:
    """Whether ``word`` is a given name of `first_names.csv` (read without diacritics, in any case).

    >>> given_name_listed("Sébastien"), given_name_listed("Rol")
    (True, False)
    """
    return strip_diacritics(word).casefold() in _given_names()


@lru_cache(maxsize=1)
def _given_names() -> frozenset:
    """The given names of `first_names.csv`, without diacritics, in lower case."""
    return frozenset(strip_diacritics(r["name"].strip()).casefold() for r in data_rows("actors", "first_names.csv"))


def other_persons_given_name(text: str, start: int, end: int, own: frozenset, inverted: bool = False) -> bool:
    """Whether a given name just before the family name ``text[start:end]`` names someone other than the actor
    (``own``: `name_initials`).

    >>> other_persons_given_name("son frère Jean Marchal", 15, 22, frozenset({"L", "M", "Lucienne", "Marchal"}))
    True
    >>> other_persons_given_name("brev til Jon Labba", 13, 18, frozenset({"J", "L", "Jovnna", "Labba"}))
    False
    >>> other_persons_given_name("Жена его, Анна Жуковцева", 15, 24, frozenset({"Ф", "Ж", "Фёдор", "Жуковцев"}))
    True

    Only a capitalised given name of `first_names.csv` (read without diacritics: `Tomás` is `Tomas`) tells, and
    only one whose initial none of the actor's names begins with: a given name in another language's form keeps
    its initial as a rule (`Jon` for `Jovnna`, `Luis` for `Lluís`). A regnal name (`George Fulivai I`) names its
    ruler whatever given name precedes it. Any other word before the name tells nothing. A given name just after
    the family name tells as one before it does, where the family name comes first (`Bethlen Gábor`, `Horthy
    István`, a later author `Gömbös Katalin`).

    >>> other_persons_given_name("no kin of Bethlen Gábor", 10, 17, frozenset({"I", "B", "István", "Bethlen"}))
    True

    Where citations print the family name first (``inverted``: notes, a bibliography), a given name after it and a
    comma, closed by punctuation, tells too (`Amery, Catherine. 'The India Office at War'`); one that a name goes on
    after is a list's next person (`Wilson, Lloyd George and Orlando`).

    >>> other_persons_given_name("Amery, Catherine. The India Office", 0, 5, frozenset({"L", "A", "Leo"}), True)
    True
    """
    if _REGNAL_END.search(text, start, end):
        return False
    inverted_given = _GIVEN_INVERTED.match(text, end) if inverted else None
    family = text[start:end]
    if inverted_given and _foreign_given_name(inverted_given.group(1), own, family):
        return True  # (`Virchow, Anna: Der Kulturkampf als Wort` is the historian, not Rudolf Virchow)
    after = _WORD_AFTER.match(text, end)
    if after and _foreign_given_name(after.group(1), own, family):
        return True  # the family name first, as Hungarian writes it: `Bethlen Gábor` is not István Bethlen
    if after and _another_pinyin_given_name(text[start:end], after.group(1), own):
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and _foreign_given_name(m.group(1), own, family)


def _another_pinyin_given_name(family: str, word: str, own: frozenset) -> bool:
    """Whether ``word`` after an East Asian ``family`` name written first (`is_family_first_name`) is another person's
    given name: a capitalised word of letters alone, as Pinyin writes a given name, that none of the actor's names
    has (`Sun Ke` is not Sun Yat-sen). A given name with a hyphen between its syllables (Wade–Giles `Shih-k'ai`) may
    be the actor's own in the older romanisation and tells nothing.

    >>> _another_pinyin_given_name("Sun", "Ke", frozenset({"Sun", "Yat-sen", "S", "Y"}))
    True
    >>> _another_pinyin_given_name("Yuan", "Shih-k'ai", frozenset({"Yuan", "Shikai"}))
    False
    """
    return (is_family_first_name(family) and word[:1].isupper() and word.isalpha() and not word.isupper()
            and word not in own)


def _foreign_given_name(word: str, own: frozenset, family: str = "") -> bool:
    """Whether ``word`` is a capitalised given name of `first_names.csv` whose initial none of ``own`` begins with.

    The initial of the ``family`` name it stands beside is no given name's of the actor: `Costanzo Ciano` is not
    Galeazzo Ciano, though both names begin with a C.

    >>> own = frozenset({"G", "C", "Galeazzo", "Ciano"})
    >>> _foreign_given_name("Costanzo", own, "Ciano"), _foreign_given_name("Costanzo", own)
    (True, False)
    """
    if not word[:1].isupper():
        return False
    # (a Cyrillic given name is looked up as Latin-script literature romanises it: `Анна` as `Anna`)
    spellings = romanised(word) if is_cyrillic(word[0]) else [word]
    if not any(strip_diacritics(w).casefold() in _given_names() for w in spellings):
        return False
    if family and word not in own:
        own = frozenset(_plain(w[0]) for w in own if len(w) > 1 and not family.startswith(w))
    return _plain(word[0]) not in own


#: The word just after a name, on its line or the next, with nothing but spaces between (`Gábor` of `Bethlen Gábor`).
_WORD_AFTER = compiled(r"[ \t\u00a0]+\n?[ \t]*([^\W\d_][\w'’-]*)(?![\w'’-])")

#: The titles of `titles.csv` that an index or a list prints between the family name and the given name
#: (`Russell, Lord John`, `Hoare, Sir Samuel`), longest first.
_TITLES = "|".join(sorted((re.escape(r["form"].strip()) for r in data_rows("actors", "titles.csv") if r["form"].strip()),
                          key=len, reverse=True))
#: A given name after a family name and a comma (and a title), closed by punctuation or the line's end: a citation's
#: or an index's inverted order.
_GIVEN_INVERTED = compiled(r",[ \t\u00a0]*(?:(?i:" + _TITLES + r")\.?[ \t\u00a0]+)?"
                           r"([^\W\d_][\w'’-]*)(?=[ \t\u00a0]*(?:[.,:;(\n]|$))")

#: A roman number closing a name: a ruler's regnal name.
_REGNAL_END = compiled(r"\s[IVX]+$")


#: One initial just before a name's initials: `Н. ` of `Н. П. Кирова`.
_ONE_INITIAL_BEFORE = compiled(r"(?<![\w.])([^\W\d_])\.[ \t\u00a0]*\n?[ \t]*$")


def first_initial_owners(text: str, start: int, end: int, scan, readings, initials: dict) -> tuple | None:
    """``(start, owners)`` of initials ``text[start:end]`` read with the initial before them as a person's: the first
    letter is the given name's, the next a father's or a middle name's (`Н. П. Кирова` is Nikolai Pavlovich, not
    Pavel); ``None`` where no actor of the family name bears that first letter.

    ``scan`` and ``readings`` are the matcher's (`ActorMatcher.scan`, `readings_of`); ``initials`` is `name_initials`.
    """
    before = _ONE_INITIAL_BEFORE.search(text, max(0, start - 8), start)
    family = text.rfind(" ", start, end) + 1
    if before is None or family <= start or not before.group(1).isupper():
        return None
    whole = [e for i, j, e in scan(text[family:end]) if (i, j) == (0, end - family)]
    owners = tuple((a, "initials", False) for a, rule, only in (readings(whole[0]) if whole else ())
                   if only and _plain(before.group(1)) in initials.get(a, ()))
    return (before.start(), owners) if owners else None
