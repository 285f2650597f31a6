"""Names that are also common words of the document's language: `בגין` (Begin; because of), Swedish `Per`.

A family or given name alone that `function_words.csv` lists as a short word of one of the document's
languages (a preposition, a conjunction) is read as the word unless the text shows the name:

- in a script with capitals, a capital inside a sentence; at a sentence's start, where every word has one,
  the word after it must be no lower-case word (`Per Albin`, `Per.`, not `Per capita`);
- in a script without capitals (Hebrew, Georgian), the word standing at the start of a clause, before
  punctuation, or after another function word (`את בגין`, `עם בגין`): a preposition governs the word after
  it (`בגין החשש`) and does not follow another preposition.

A name written in capitals — an acronym, a cover name — is a word where it stands in a run of words in capitals
among which a common word of `common_words.csv` is (`REST NOT RECOVERED`, `'WHO GOVERNS THE MINES?'`:
`capitals_run_word`).

A family name that opens with a small elided particle (`d’Annunzio`, printed so after a given name or a
preposition) is a preposition and a given name where another capitalised word follows it: `la bottega d’Alessio
Ferri` is Alessio Ferri's (`elided_preposition`).

A historian extends the words a language's names may be mistaken for in `function_words.csv`.
"""

from __future__ import annotations


from functools import lru_cache

from .languages import listed_words
from ..data import data_rows
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


#: The words in capitals just before and just after a word, parted by spaces alone (`NOT RECOVERED`).
_CAPITALS_BEFORE = compiled(r"(?:(?<![\w'’-])[^\W\d_]{2,}[ \t]+)+$")
_CAPITALS_AFTER = compiled(r"(?:[ \t]+[^\W\d_]{2,}(?![\w'’-]))+")


_SMALL_ELIDED = compiled(r"[a-z]'\w")


def elided_preposition(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` of the matcher's text (apostrophes plain) is an elided preposition and a
    given name: it opens with a small elided particle and a capitalised word follows.

    >>> t = "Gabriele d'Annunzio entrò; la bottega d'Alessio Ferri."
    >>> elided_preposition(t, 9, 19), elided_preposition(t, 38, 47)
    (False, True)
    """
    if not _SMALL_ELIDED.match(text, start):
        return False
    following = _NEXT.match(text, end)
    return following is not None and following.group(1).isupper()


@lru_cache(maxsize=1)
def _common_words() -> frozenset:
    """The common words of every language of `common_words.csv`, in small letters."""
    return frozenset(r["word"].strip().casefold() for r in data_rows("actors", "common_words.csv"))


def capitals_run_word(text: str, start: int, end: int) -> bool:
    """Whether the name in capitals ``text[start:end]`` is a word of a text in capitals: it stands among two words
    in capitals or more, parted by spaces alone, one of them a common word, on a line in small letters otherwise
    (`REST NOT RECOVERED`; not `HOMER, SONYA and TATE`, `fond CK SKJ`, nor a heading `VAN DER KAMP EN DE NSB`).

    >>> t = "a gap as REST NOT RECOVERED; HOMER, SONYA and TATE"
    >>> capitals_run_word(t, 9, 13), capitals_run_word(t, 37, 42)
    (True, False)
    """
    word = text[start:end]
    if not (word.isalpha() and word.isupper() and len(word) > 1):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    if not any(ch.islower() for ch in text[line_start:line_end if line_end != -1 else len(text)]):
        return False  # (a heading in capitals names its actors: `VAN DER KAMP EN DE NSB`)
    before = _CAPITALS_BEFORE.search(text, max(0, start - 80), start)
    after = _CAPITALS_AFTER.match(text, end)
    words = _upper_run(reversed(before.group(0).split()) if before else ()) + _upper_run(after.group(0).split() if after else ())
    return len(words) >= 2 and any(w.casefold() in _common_words() for w in words)


def _upper_run(words) -> list[str]:
    """The words in capitals of ``words`` up to the first that is not."""
    run = []
    for w in words:
        if not w.isupper():
            break
        run.append(w)
    return run
