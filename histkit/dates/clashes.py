"""Which language's months a document's month names are: Croatian `listopad` is October, Czech and Polish November.

A few names stand for different months in different languages (`month_clashes`). Read alone, such a name takes the
month of the first language `words.LANGUAGES` lists. A document settles it by its other month names: a Czech
article that writes `října` and `prosince` writes `listopadu` for November, a Croatian one that writes `studenoga`
and `prosinca` writes `listopada` for October. `month_languages_in` counts, per language, the month names of a
document's texts that are no clash; `reading_months_of` makes the date readers read a clashing name in the language
counted most that has it, while the document is read (a context variable, part of the key of the readers' kept
answers, as `dayorder`'s day order is). A document with no clashing name, or none counted, reads as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from ..ignorecase import ignorecase_fold, one_for_one
from ..patterns import compiled
from .anchors import Anchor, folded, holds
from .words import LANGUAGES, READ_AS, locale_names, month_clashes

_WORD = compiled(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _clashing() -> re.Pattern:
    names = sorted({name.rstrip(".") for name in month_clashes()}, key=lambda n: (-len(n), n))
    return compiled(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, names)) or '(?!)'})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _clashing_folded() -> tuple[str, ...]:
    """The clashing names as `ignorecase_fold` writes them: a text `_clashing` matches in holds one."""
    return tuple(sorted({ignorecase_fold(name.rstrip(".")) for name in month_clashes()}))


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    return Anchor(words=_clashing_folded())


def _names_a_clash(text: str) -> bool:
    if not holds(_anchor(), text):  # (a few scans of the folded text in C rule out most texts)
        return False
    if not one_for_one():  # (a Python whose folding `ignorecase` cannot match: the pattern at every character)
        return _clashing().search(text) is not None
    # a match stands in the folded text as its name's fold, at the same place (one character for one): the pattern
    # is tried only where `str.find` sees a name, not at every character of a text that holds `lis` inside a word
    folded_text, match = folded(text), _clashing().match
    for name in _clashing_folded():
        at = folded_text.find(name)
        while at >= 0:
            if match(text, at):
                return True
            at = folded_text.find(name, at + 1)
    return False


@lru_cache(maxsize=1)
def _languages_of() -> dict[str, frozenset[str]]:
    """Every month name no two languages read differently → the languages that have it."""
    clashes, languages = month_clashes(), {}
    for code in LANGUAGES:
        for name in locale_names(code)[0]:
            if name not in clashes:
                languages.setdefault(name, set()).add(code)
    return {name: frozenset(codes) for name, codes in languages.items()}


def month_languages_in(texts: Iterable[str]) -> tuple[str, ...]:
    """The languages of a document's month names, most named first; empty where no name of its texts is a clash.

    >>> month_languages_in(["NA, f. 12, 3. října 1948", "tamtéž, 5. prosince 1948", "12. listopadu 1948"])[:1]
    ('cs',)
    >>> month_languages_in(["HDA, f. 12, 3. listopada 1948", "isto, 5. prosinca 1948", "7. studenoga 1948"])[:1]
    ('hr',)
    >>> month_languages_in(["AJ, 507, 12. 3. 1954"])
    ()
    """
    texts = [t for t in texts if t]
    if not any(_names_a_clash(t) for t in texts):
        return ()
    languages, votes = _languages_of(), Counter()
    for text in texts:
        for word in _WORD.findall(text):
            votes.update(languages.get(word.lower(), ()))
    return tuple(code for code in sorted(votes, key=lambda c: (-votes[c], LANGUAGES.index(c))))


@contextmanager
def reading_months_of(languages: tuple[str, ...]) -> Iterator[None]:
    """A clashing month name read as the first of ``languages`` that has it, within the block.

    >>> from histkit.dates import find_dates
    >>> with reading_months_of(("cs",)):
    ...     find_dates("12. listopadu 1948")[0].date_start
    '1948-11-12'
    """
    token = READ_AS.set(tuple(languages))
    try:
        yield
    finally:
        READ_AS.reset(token)
