"""A work a sentence of a note names with its author around it, read as one title by either reader: the author's
possessive before the title (`The classic account remains Edmund Harrowby's The Village Labourer and the Law`), the
author after it (`… depends on The Poor and the Parish by Helen Marchbank`, `… reste Les Campagnes bourguignonnes de
Pierre Vauthier`, `… resta Il pensiero giuridico dello Stato liberale di Paolo Gerbaldi`), or the author before `in`
and a verb (`Schon Konrad Wehrle hat in Land und Gericht`, `… Daniel Voss replied in Custom Disputed`).

Discursive notes name a work inside the writer's own sentence, its imprint in brackets after it; the readers find the
imprint and take all the sentence before it for the title. The prose is no part of the title, and the person the
sentence gives the work to is its author. Only a row that names no author is read again, and only where a person's
full name (a forename or an initial and a surname: `topicref.name_start`) stands in the sentence where the rule looks
for it, so that a title about a person (`The Letters of Thomas Cromwell`) keeps its words.
"""

from __future__ import annotations

import re

import pandas as pd

from . import prosework
from .names import is_name
from .proseyears import author_year_repeats
from .reviewers import writers_read
from .topicref import name_start
from .words import LOWER, UPPER, alternation
from ..patterns import compiled

# a person's name (two to four capitalised words or initials), its possessive `'s`, then the title's capital
_POSSESSIVE = compiled(rf"(?P<name>(?:[{UPPER}][^\W\d_.]*\.?[\s-]+){{1,3}}[{UPPER}][^\W\d_]+)['’]s\s+(?=[{UPPER}\d])")
# the word that gives a title to the person named after it (`by`, `de`, `di`, `von`: ``by_words.csv``)
_AFTER = compiled(rf"\s(?:{alternation('by_words.csv')})\s+(?P<name>[{UPPER}][^,;()]*)$")
# a verb of the sentence between the person and `in` (`hat in`, `replied in`, `montre dans`)
_VERB_IN = compiled(rf"\s(?-i:{LOWER})[^\W\d_]*\s+(?:{alternation('possessive_words.csv', 'in')})\s+(?=(?-i:[{UPPER}]))",
                    re.IGNORECASE)
_PROSE_WORD = compiled(rf"(?-i:{LOWER})[^\W\d_'’]*[,;:]?")
_TITLE_WORDS = 2  # a title of two words or more: `in Wien` after a verb is a town


def named_around(ref: dict) -> dict:
    """``ref`` with the sentence's words cut from its title and the person named around the title as its author,
    when it names no author and its title reads as a sentence naming a work (see the module's docstring).

    >>> named_around({"authors": "", "title": "The classic account remains Edmund Harrowby's The Village Labourer"})
    {'authors': 'Edmund Harrowby', 'title': 'The Village Labourer'}
    >>> named_around({"authors": "", "title": "Much of what follows depends on The Poor and the Parish by Helen Marchbank"})
    {'authors': 'Helen Marchbank', 'title': 'The Poor and the Parish'}
    >>> named_around({"authors": "", "title": "Schon Konrad Wehrle hat in Land und Gericht"})
    {'authors': 'Konrad Wehrle', 'title': 'Land und Gericht'}
    >>> named_around({"authors": "", "title": "The Letters of Thomas Cromwell"})
    {'authors': '', 'title': 'The Letters of Thomas Cromwell'}
    """
    title = ref.get("title") or ""
    if ref.get("authors") or len(title.split()) < 4:
        return ref
    for rule in (_possessive, _after, _verb_in):
        found = rule(title)
        if found is not None:
            return dict(ref, authors=found[0], title=found[1])
    return ref


def _possessive(title: str) -> tuple[str, str] | None:
    """`… remains Edmund Harrowby's The Village Labourer`: the name before `'s`, prose before the name."""
    for m in _POSSESSIVE.finditer(title):
        words = m.group("name").split()
        start = name_start(words)
        if start is None or not _prose(title[:m.start("name")] + " ".join(words[:start])):
            continue
        rest = title[m.end():].strip()
        if len(rest.split()) >= _TITLE_WORDS:
            return " ".join(words[start:]), rest
    return None


def _after(title: str) -> tuple[str, str] | None:
    """`… depends on The Poor and the Parish by Helen Marchbank`: a full name last, after `by`; the title from the
    first capital that follows the sentence's words in small letters."""
    m = _AFTER.search(title)
    if m is None:
        return None
    words = m.group("name").split()
    if name_start(words) != 0:
        return None
    head = title[:m.start()].split()
    for k in range(1, len(head) - _TITLE_WORDS + 1):
        if head[k][:1].isupper() and _PROSE_WORD.fullmatch(head[k - 1]):
            if _prose(" ".join(head[:k])):
                return " ".join(words), " ".join(head[k:])
            return None
    return None


def _verb_in(title: str) -> tuple[str, str] | None:
    """`Schon Konrad Wehrle hat in Land und Gericht`: a full name, one verb, `in`, the title."""
    for m in _VERB_IN.finditer(title):
        words = title[:m.start()].split()
        start = name_start(words[-4:])
        rest = title[m.end():].strip()
        if start is None or len(rest.split()) < _TITLE_WORDS:
            continue
        name = words[-4:][start:]
        if is_name(" ".join(name)) or len(name) >= 2:
            return " ".join(name), rest
    return None


def _prose(head: str) -> bool:
    """Whether ``head`` reads as a sentence's words: three words or more, two of them in small letters."""
    words = head.split()
    return len(words) >= 3 and sum(1 for w in words if _PROSE_WORD.fullmatch(w)) >= 2


def around_or_possessive(ref: dict) -> dict:
    """`prosework.work_in_prose`, then `named_around` where that read nothing.

    >>> around_or_possessive({"authors": "", "title": "As shown by Charles Edward Penrose in his Treatise on Copyhold"})
    {'authors': 'Charles Edward Penrose', 'title': 'Treatise on Copyhold'}
    """
    read = prosework.work_in_prose(ref)
    return read if read is not ref else named_around(ref)


def named_in_prose(references: pd.DataFrame, notes: pd.DataFrame) -> pd.DataFrame:
    """The references table with the works a note's sentences name read as such: a title read with the sentence
    around it (`around_or_possessive`, on each row that names no author), a review or reply by its writer
    (`reviewers.writers_read`), and the works named by surname and year after their full citation
    (`proseyears.author_year_repeats`).

    >>> table = pd.DataFrame({"authors": [""], "title": ["It rests on The Poor and the Parish by Helen Marchbank"]})
    >>> named_in_prose(table, pd.DataFrame(columns=["doc_id", "note_no", "text"]))[["authors", "title"]].values.tolist()
    [['Helen Marchbank', 'The Poor and the Parish']]
    """
    return author_year_repeats(writers_read(prosework.works_in_prose(references, around_or_possessive)), notes)
