"""A one-word name of an actor — a party name, a nom de guerre, a pen name — that another person bears as his own.

An actor known by one word (`Walter`, `Marko`, `Max`, `Rémy`, `Rol`) shares it with people whose given or family
name it is, and the text tells them apart by the name beside it (`another_bearer`):

- such a word that `first_names.csv` lists as a given name, followed by a capitalised word that is no word of the
  actor's own names, is another person's given name before his family name (`Walter Ulbricht`, `Max Jacob`,
  `Raymond Aubrac`, `Meir Yaari`), except where a language capitalises its nouns (German `Max Befehle`);
- such a word, where it is no family name of the actor's full name, after a capitalised given name of `first_names.csv` that is no word of the actor's own names is
  another person's family name (`Théo Rol`, `Sébastien Rémy`), unless its initial is that of one of the actor's
  own given names (`Jean Cabrol` for Joan Cabrol, as `other_persons_given_name` reads a family name).

A historian extends the given names in `first_names.csv`.
"""

from __future__ import annotations

from .initials import given_name_listed
from ..patterns import compiled
from ..text import strip_diacritics

#: Languages that write their nouns with a capital: a capitalised word after a name tells nothing there.
NOUN_CAPITALS = frozenset({"de", "lb"})

#: The word just after a name, on its line, with nothing but spaces between.
_WORD_AFTER = compiled(r"[ \t\u00a0]+([^\W\d_][\w'’-]*)")
#: The word just before a name, with nothing but spaces between.
_WORD_BEFORE = compiled(r"([^\W\d_][\w'’-]*)[ \t\u00a0]+$")


def another_bearer(text: str, start: int, end: int, own: set[str], languages: frozenset | None = None,
                   surname_only: bool = False) -> bool:
    """Whether the one-word name ``text[start:end]`` is here another person's given or family name (``own``: the
    words of the actor's name and aliases, `name_words`; ``languages``: the document's).

    >>> own = {"Josip", "Broz", "Tito", "Walter"}
    >>> another_bearer("Walter Ulbricht never learnt", 0, 6, own), another_bearer("as Walter for the Comintern", 3, 9, own)
    (True, False)
    >>> another_bearer("un camarade, Théo Rol, tué", 18, 21, {"Henri", "Tanguy", "Rol"})
    True
    """
    word = text[start:end]
    if not word.isalpha() or word.isupper():
        return False
    after = _WORD_AFTER.match(text, end)
    if (after and given_name_listed(word) and _another_word(after.group(1), own)
            and not (languages and languages & NOUN_CAPITALS)):
        return True
    if surname_only:  # (a given name before a family name: `other_persons_given_name`, which minds initials)
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not (before and given_name_listed(before.group(1)) and _another_word(before.group(1), own)):
        return False
    # (the actor's own given name in another language's form keeps its initial: `Jean Cabrol` is Joan Cabrol)
    return _initial(before.group(1)) not in {_initial(w) for w in own if given_name_listed(w)}


def _initial(word: str) -> str:
    """The first letter of ``word`` without diacritics, in small letters."""
    return strip_diacritics(word[:1]).casefold()


def _another_word(word: str, own: set[str]) -> bool:
    """Whether ``word`` is a capitalised word in small letters after its first, and no word of the actor's names."""
    return word[:1].isupper() and not word.isupper() and word.strip("'’-") not in own
