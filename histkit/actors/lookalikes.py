"""Names that are also common words of the document's language: `בגין` (Begin; because of), Swedish `Per`.

A family or given name alone that `function_words.csv` lists as a short word of one of the document's
languages (a preposition, a conjunction) is read as the word unless the text shows the name:

- in a script with capitals, a capital inside a sentence; at a sentence's start, where every word has one,
  the word after it must be no lower-case word (`Per Albin`, `Per.`, not `Per capita`);
- in a script without capitals (Hebrew, Georgian), the word standing at the start of a clause, before
  punctuation, or after another function word (`את בגין`, `עם בגין`): a preposition governs the word after
  it (`בגין החשש`) and does not follow another preposition.

A historian extends the words a language's names may be mistaken for in `function_words.csv`.
"""

from __future__ import annotations


from .languages import listed_words
from ..patterns import compiled

_CLAUSE_OPENERS = ".!?:;,\"'„“”«»‚‘’()[]—–-\n"
_NEXT = compiled(r"[ \t]*\n?[ \t]*(\S)")
_PREVIOUS_WORD = compiled(r"(\w+)\W*$")


def common_word_not_name(text: str, start: int, end: int, owners, languages: frozenset | None) -> bool:
    """Whether the name ``text[start:end]`` (every reading a name alone, ``owners``) is here a common word.

    >>> t = "רק בגין החשש; עם בגין נפגש; בגין הגיע."
    >>> [common_word_not_name(t, i, i + 4, [("b", "surname", True)], None) for i in (3, 17, 28)]
    [True, False, False]
    """
    word = text[start:end]
    if " " in word or not all(only for _, _, only in owners):
        return False
    langs = listed_words().get(word.lower())
    if not langs or (languages is not None and not langs & languages):
        return False
    before = text[:start].rstrip(" \t")
    opens_clause = not before or before[-1] in _CLAUSE_OPENERS
    nxt = _NEXT.match(text, end)
    following = nxt.group(1) if nxt else ""
    if any(ch.isupper() for ch in word):
        return opens_clause and following.islower()
    if opens_clause or not following.isalnum():
        return False
    previous = _PREVIOUS_WORD.search(before)
    return not (previous and previous.group(1).lower() in listed_words() and before[-1].isalnum())
