"""Which languages a document is written in, told by its function words, so that only their paradigms apply to it.

Every row of `name_paradigms.csv` makes forms that some other language may
print as another word or name: the Hungarian `Nagyot` never occurs in a
Finnish article, but a Finnish genitive may be a Hungarian name. A form
only paradigm rows make (`Variant.languages`) is therefore looked for only
in a document of one of those languages. The languages are read from
`function_words.csv`: per language, some of its commonest short words
(articles, conjunctions, prepositions, forms of `to be`), which any running
text of the language is full of whatever it is about. A language is the
document's when its function words are at least `SHARE` of those of the
likeliest language; a text with fewer than `FEWEST` function words of any
language (a title, a test's sentence) is not told, and every paradigm
applies to it, as does a paradigm language with no function words listed.
Nor is a text whose likeliest language's function words are fewer than
`FAIR_SHARE` of its words: a document in a language the list does not hold
(Portuguese, Georgian) matches a few words of listed ones (a quoted English
title, a short word two languages spell alike), and telling it to be in one
of them would keep the paradigms of its own language, or of any, away.
"""

from __future__ import annotations

import string
import unicodedata
from collections import Counter
from functools import lru_cache

from ..data import data_rows

#: A language with at least this share of the function words of the likeliest language is one of the document's
#: (an article's notes cite in other languages; Czech and Slovak share words).
SHARE = 0.3
#: Fewer function words than this of the likeliest language: too short a text to tell.
FEWEST = 5
#: The least share of a text's words that the likeliest language's function words must make for the text to be
#: told. Running text of a listed language is full of them (5-30% of its words in the fixtures; Czech and Slovak,
#: sharing most short words, are the fewest, near 2.4%); a few quoted words in a text of another language are far
#: fewer.
FAIR_SHARE = 0.02


#: Characters that are neither letters nor marks, which a text's items often open or close with (`(1954),`, `«Borba»,`):
#: an item that is letters between them is one word, read without `_words_of`'s walk through its characters.
_EDGES = string.punctuation + string.digits + "«»“”„‚‘’‹›–—…"


def _words_of(item: str) -> list[str]:
    """The words of a text item: runs of letters and the marks written on them.

    An abugida writes most words with vowel signs and viramas (Devanagari `आणि`, Telugu `మరియు`), which are marks,
    not letters: read as runs of letters alone the word falls apart into pieces no function-word list holds.

    >>> _words_of("आणि,"), _words_of("és")
    (['आणि'], ['és'])
    """
    if item.isalpha():
        return [item]
    words, current = [], ""
    for ch in item:
        if ch.isalpha() or (current and unicodedata.category(ch)[0] == "M"):
            current += ch
        else:
            if current:
                words.append(current)
            current = ""
    if current:
        words.append(current)
    return words


@lru_cache(maxsize=1)
def _listed() -> dict[str, set]:
    """word (lower case) → the languages of `function_words.csv` that list it."""
    out: dict[str, set] = {}
    for row in data_rows("actors", "function_words.csv"):
        out.setdefault(row["word"].strip().lower(), set()).add(row["language"].strip())
    return out


def listed_words() -> dict[str, set]:
    """word (lower case) → the languages of `function_words.csv` that list it.

    >>> sorted(listed_words()["och"])
    ['sv']
    """
    return _listed()


@lru_cache(maxsize=1)
def _function_words() -> dict[str, str]:
    """word → its language, for the words of `function_words.csv` that one language alone lists.

    A word several languages use (`de`, `a`, `i`, `na`) tells none of them apart; each list holds a language's
    commonest words as they are, and which of them tell it is read from the lists together.
    """
    return {word: next(iter(langs)) for word, langs in _listed().items() if len(langs) == 1}


@lru_cache(maxsize=1)
def listed_languages() -> frozenset:
    """The languages `function_words.csv` can tell."""
    return frozenset(lang for langs in _listed().values() for lang in langs)


def document_languages(text: str) -> frozenset | None:
    """The languages of ``text`` by its function words, or ``None`` when it is too short to tell.

    >>> sorted(document_languages("A párt és a kormány nem volt egységes, és a döntés már meg sem született."))
    ['hu']
    >>> document_languages("Kekkosen kirje.") is None
    True
    """
    words = _function_words()
    counts: Counter = Counter()
    found = 0  # the text's words
    # the words of the lower-cased text read off its whitespace-separated items, each item once: `word_items`
    # would be quicker but cuts a word of an abugida at each vowel sign (`आणि` → `आण`), so that its function words
    # were never found and its one-letter words (Nepali `र`) were counted in every fragment
    for item, n in Counter(text.lower().split()).items():
        if item.isalpha():  # (most items are one word: `_words_of` spelled out, no call and no list)
            found += n
            lang = words.get(item)
            if lang:
                counts[lang] += n
            continue
        core = item.strip(_EDGES)
        # (letters between edges, or edges alone: its word, or none; a mark after the word would be the word's)
        for word in (core,) if core.isalpha() else () if not core else _words_of(item):
            found += n
            lang = words.get(word)
            if lang:
                counts[lang] += n
    best = max(counts.values(), default=0)
    if best < FEWEST or best < FAIR_SHARE * found:
        return None
    return frozenset(lang for lang, n in counts.items() if n >= SHARE * best)


def applies(languages: str, document: frozenset | None, custom: bool = False) -> bool:
    """Whether a form made by the paradigms of ``languages`` (``""``: by another rule) is looked for in a document.

    >>> applies("", frozenset({"hu"})), applies("fi", frozenset({"hu"})), applies("fi hu", frozenset({"hu"}))
    (True, False, True)
    >>> applies("fi", None), applies("xx", frozenset({"hu"})), applies("is", None, custom=True)
    (True, True, False)

    A ``custom`` form (a language's way of naming, as the given name alone
    in Icelandic) is looked for only in a document told to be in it.
    """
    if not languages:
        return True
    if document is None:
        return not custom
    if custom:
        return any(lang in document for lang in languages.split())
    return any(lang in document or lang not in listed_languages() for lang in languages.split())
