"""Anchors: what a text must hold for a date form to find anything in it, asked once per text before the form is tried.

A date form's regular expression, tried at every character of every paragraph, costs more than the few scans in C
that tell whether the text holds what every match of the form holds: its anchor. A form declares its anchor as
`Anchor` words (each match holds one of them, as `re.IGNORECASE` reads it: compared in `folded` text) or as a
pattern over the folded text, and asks `holds` first; a text without the anchor is not searched, and the form's
answer for it (none) is the one it gave. The folded text of a paragraph is made once for all the forms that ask
(kept, as the readers' other answers per text are).

A new form declares its anchor beside its pattern:

>>> QUARTERS = Anchor(words=("kvartal", "trimestre"))
>>> holds(QUARTERS, "i første KVARTAL 1944"), holds(QUARTERS, "in 1944")
(True, False)

An anchor must be true of every match: the words of a form's word list (the stem of an inflected one), not a
word most matches hold. Where the Python in use does not say how `re` folds case (`ignorecase.one_for_one`),
every text holds every anchor, and the forms are tried as before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..ignorecase import ignorecase_fold, one_for_one
from ..patterns import compiled, trie_alternation

# a digit of any script: every date form but the words' (an era's numerals, a decade or century in words) holds one
_DIGIT = compiled(r"\d")


@dataclass(frozen=True)
class Anchor:
    """What every match of a form holds: one of ``words`` (folded by `ignorecase_fold`, as `re.IGNORECASE` compares),
    or a match of one of ``patterns``, case-sensitive regular expressions over the folded text (in small letters; one
    that opens with a letter or a class, not a look-behind, is found by a scan in C)."""

    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # (the words folded here, so a form may declare them as its data writes them: `Geo.`, `Siècle`)
        object.__setattr__(self, "words", tuple(sorted({ignorecase_fold(w) for w in self.words if w})))

    @cached_property
    def searches(self) -> tuple[re.Pattern, ...]:
        """What `holds` looks for in the folded text: the words as one trie (`words` holds one of them as a substring
        where the trie finds one), then each pattern.

        >>> [p.pattern for p in Anchor(words=("kvartal", "kvartalet", "quartal"), patterns=("q[0-9]",)).searches]
        ['(?:kvartal(?:et)?|quartal)', 'q[0-9]']
        """
        # (one scan in C for all the words: each `in` test scanned the text again, 86 of them for the centuries' words)
        words = (compiled(trie_alternation(self.words)),) if self.words else ()
        return words + tuple(_pattern(source) for source in self.patterns)

    @classmethod
    def of_forms(cls, forms) -> Anchor:
        """The anchor of a form that is one of ``forms``, each a few words (whatever white space parts them): of each
        form the word most forms share, so that few words are sought (`anni` of `anni trenta`, `anni venti`).

        >>> Anchor.of_forms(["anni venti", "anni trenta", "jaren dertig", "jaren  veertig"]).words
        ('anni', 'jaren')
        """
        split = [f.split() for f in forms if f.split()]
        shared = Counter(w for words in split for w in set(words))
        return cls(words=tuple(max(words, key=lambda w: (shared[w], len(w), w)) for words in split))


def holds(anchor: Anchor, text: str) -> bool:
    """Whether ``text`` holds ``anchor``: False only where no match of the form that declares it can stand in it.

    >>> holds(Anchor(patterns=(r"an\\s+[ivx]",)), "l'An VIII"), holds(Anchor(patterns=(r"an\\s+[ivx]",)), "an X, 1950")
    (True, True)
    >>> holds(Anchor(words=("geo.",)), "5 Geo. III"), holds(Anchor(words=("geo.",)), "Geography, 1950")
    (True, False)
    """
    if not one_for_one():  # (a Python whose folding `ignorecase` cannot match: every form is tried)
        return True
    text = folded(text)
    for search in anchor.searches:
        if search.search(text) is not None:
            return True
    return False


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit of any script (`1`, `١`, `१`): the anchor of every form that reads numbers.

    >>> has_digit("le 9 thermidor"), has_digit("mars ١٩١٩"), has_digit("no number")
    (True, True, False)
    """
    return _DIGIT.search(text) is not None


def behind_first_characters(words, behind: str, joiner: str = r"\s+") -> str:
    r"""One alternative per word, its parts parted by ``joiner`` (a space in a word stands for it), each word opening
    where ``behind`` (a look-behind) holds before it: as ``behind`` followed by the words in the order given, with the
    look-behind written after each word's first character, so that a case-sensitive pattern opening so is searched
    by a scan in C for those characters; opening with a look-behind, it was tried at every character of every text.

    >>> behind_first_characters(["Ol.", "ab urbe"], r"(?<!\w)", r"\s*")
    '(?:O(?<=(?<!\\w)O)(?:l\\.)|a(?<=(?<!\\w)a)(?:b\\s*urbe))'

    The words of one first character keep their order, and a match can open with one first character only: the same
    texts match, at the same places, with the same groups.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        parts = word.split()
        groups.setdefault(parts[0][0], []).append(joiner.join([re.escape(parts[0][1:])] + [re.escape(p) for p in parts[1:]]))
    if not groups:
        return "(?!)"
    return "(?:" + "|".join(f"{re.escape(c)}(?<={behind}{re.escape(c)})(?:{'|'.join(rests)})"
                            for c, rests in groups.items()) + ")"


@lru_cache(maxsize=256)
def folded(text: str) -> str:
    """``text`` as `re.IGNORECASE` compares it (`ignorecase.ignorecase_fold`), made once for all the forms that ask.

    >>> folded("XIXe SIÈCLE")
    'xixe siècle'
    """
    return ignorecase_fold(text)


@lru_cache(maxsize=64)
def _pattern(source: str) -> re.Pattern:
    return compiled(source)
