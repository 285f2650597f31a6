"""A reading of the model that opens with prose read again from the name in it where the reference begins.

The model sometimes takes a note's sentence for the start of the reference the sentence leads to: `Untersuchungen
in Buchlänge sind u. a.: Steven Shapin und Simon Schaffer, Leviathan and the Air-Pump …, Princeton 1985` read as
one title, `The early classic effort to debunk the Commentaries is JEREMY BENTHAM, A FRAGMENT ON GOVERNMENT …`,
`Eine Frucht dieser Anstrengungen ist Erhard Denninger, Rechtsperson und Solidarität …`. Such a reading is printed
title first (no authors, or authors named only later in it), and inside it a name follows a word in small letters
(or a colon or a comma after one) and ends at a comma: where a reference's authors are printed, unless the reading
names them its own authors or editors (`Leibniz und seine Akademie …, hg. von Hans-Stephan Brather, Berlin 1993`, a
book its editor follows). Its text from that
name on is read again by the model (`reread`); when the model then reads a reference that opens with its authors
right there and names a title, that reading (and any after it in the stretch) takes the place of the first: the prose is left out,
the authors and title are the reference's. When it does not, the first reading stays as it was; so too a reading
the merge would not use itself where the new one names no year (`…, of the Socialist International, an important
… organization`) or its authors run on over a comma (`…, red. Vilém Kratochvíl a Eva Holá, Praha, Ústav …`: an
editor's name and the place).
"""

from __future__ import annotations

from ..patterns import compiled
from .table import model_rows
from .tokens import key, word_kinds
from .usable import usable_reading

_NAME_AT_MOST = 6  # words of a name run (`Steven Shapin und Simon Schaffer`): more is a sentence
_AT_MOST = 3  # characters the new reading may begin after the name (a quote, a bracket)
_WORD_START = compiled(r"(?<!\S)[^\W\d_]")  # a word's first letter


def opens_with_prose(reading: dict) -> bool:
    """Whether a model reading is printed title first: a title, its text the reading's opening, and no authors or
    authors the reading names after it.

    >>> opens_with_prose({"authors": "", "title": "Untersuchungen sind u. a.: Steven Shapin", "raw": "Untersuchungen sind u. a.: Steven Shapin"})
    True
    >>> opens_with_prose({"authors": "Steven Shapin", "title": "Leviathan", "raw": "Steven Shapin, Leviathan"})
    False
    """
    title, authors, raw = (str(reading.get(name) or "") for name in ("title", "authors", "raw"))
    if not title or not raw.startswith(title[:20]):
        return False
    return not authors or raw.find(authors) > 0


def name_starts(raw: str) -> list[int]:
    """Where in a reading's ``raw`` a name printed after prose begins (`_names` after `_after_prose`), first first.

    >>> raw = "Untersuchungen in Buchlänge sind u. a.: Steven Shapin und Simon Schaffer, Leviathan, Princeton 1985"
    >>> [raw[k:k + 13] for k in name_starts(raw)]
    ['Steven Shapin']
    >>> name_starts("Die Rechtsquellen der Stadt, Basel 1920")
    []
    """
    starts, end = [], 0
    for m in _WORD_START.finditer(raw):
        k = m.start()
        # (a word inside a name run found before is no new start: `Simon Schaffer` of `Steven Shapin und Simon …`)
        if k < end or not raw[k].isupper() or not _after_prose(raw[:k]):
            continue
        comma = raw.find(", ", k)  # (looked for only after a capital that prose leads to: most words are neither)
        if comma > 0 and _names(raw[k:comma]):
            starts.append(k)
            end = comma
    return starts


def _after_prose(before: str) -> bool:
    """Whether what is printed before a word is prose leading to it: a word in small letters (`ist`, `is`, `par`), or
    one with a colon or comma after it, or a colon.

    >>> _after_prose("Eine Frucht dieser Anstrengungen ist "), _after_prose("u. a.: "), _after_prose("Die ")
    (True, True, False)
    """
    words = before.rsplit(None, 1)  # (the last word is all it reads: asked of every capital's text before it)
    if not words or not before[-1:].isspace():
        return False
    word = words[-1]
    letters = word.rstrip(",:")
    return word.endswith(":") or letters.isalpha() and letters.islower()


def _names(run: str) -> bool:
    """Whether the words before a comma are a name or names: two to `_NAME_AT_MOST` words, each opening with a capital
    (`Shapin`, `JEREMY`, an initial `H.`) or a word joining them (`und`, `et`: kind ``and`` of the word lists) or a
    slash, the first and the last with a capital, none ending a sentence (a full stop after more than a letter).

    >>> _names("Steven Shapin und Simon Schaffer"), _names("Literatur immer stärker diskutiert"), _names("Shapin")
    (True, False, False)
    >>> _names("Anstrengungen ist Erhard Denninger")
    False
    """
    words = run.split()
    if not 2 <= len(words) <= _NAME_AT_MOST or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    for word in words:
        letters = word.rstrip(".")
        if word.endswith(".") and len(letters) > 1 or not letters:
            return False
        if not (letters[0].isupper() or word == "/" or "and" in word_kinds().get(key(word), ())):
            return False
    return True


def reread(readings: list[dict], texts: dict, model, confident: float) -> list[dict]:
    """``readings`` (rows of `model_rows`, usable or not) with each that `opens_with_prose` read again from the first
    name in it (`name_starts`) to its end, where the model then reads a usable reference opening with its authors at
    that name. ``texts``: each note's text by (doc_id, note_no as text).

    >>> reread([], {}, None, 0.5)
    []
    """
    out = []
    for reading in readings:
        again = _again(reading, texts, model, confident) if opens_with_prose(reading) else []
        if again and not usable_reading(reading, confident) and ("," in str(again[0]["authors"]) or not again[0]["year"]):
            again = []  # (`…, red. Vilém Kratochvíl a Eva Holá, Praha, Ústav …`: an editor's name run on to the place)
        out += again or [reading]
    return out


def _again(reading: dict, texts: dict, model, confident: float) -> list[dict]:
    """The readings of ``reading``'s stretch from its first name on, if the first opens with its authors there."""
    raw = str(reading["raw"])
    named = [str(reading.get(name) or "") for name in ("authors", "editors")]
    # not where the reading's own authors or editors are printed (`…, hg. von Hans Brather, Berlin 1993`)
    starts = [k for k in name_starts(raw) if not any(name and raw.startswith(name, k) for name in named)]
    if not starts:
        return []
    text = texts.get((reading["doc_id"], str(reading["note_no"])), "")
    at = int(reading["start"]) + starts[0]
    found = model_rows([reading["doc_id"]], [reading["note_no"]], [text[at:int(reading["end"])]], model)
    found = [dict(row, start=row["start"] + at, end=row["end"] + at) for row in found if usable_reading(row, confident)]
    if not found or found[0]["start"] - at > _AT_MOST or not found[0]["authors"] or not found[0]["title"] \
            or not str(found[0]["raw"]).startswith(str(found[0]["authors"])):
        return []
    return found
