"""A short form whose page mark no list holds, read by its shape: `Name, Short title, [volume,] mark. N`.

Icelandic `bls. 102`, Georgian `გვ. 210`, Hebrew `עמ' 102`, Welsh `tt. 201–9`:
each language marks its pages with a word of its own, and a short form is
still the author's name, a comma, a short title, a comma and the pages. The
pages are read by their mark's shape (`words.page_mark_shape`: one to four
letters and a full stop, or a geresh, before the number; never a volume's
`t. 4` or an issue's `nr 3`; or `words.mark_after`, `45. lpp.`), a volume by
its (`words.VOLUME_MARK_SHAPE`, `b. 2`); a volume's mark may end it alone (`Kowalski, Kasy, t. 4`; Welsh
`Thorne, Friendly Societies, t. 102`, where `t.` is one page: the shape cannot tell which, the reference is one
either way, and its number is read as the volume, as the lists say of `t.`); the name must be one
(`names.is_name`), no abbreviation in capitals and no archive's name, so
that a file's `AST, Governo militare, bb. 14-22` or `Meany Archives, Lovestone
Files, box 14` is not taken for one.
"""

from __future__ import annotations

import functools
import re

from .names import is_name
from .repeatshape import plain_repeat_word, repeat_word, short_repeat
from .words import LOWER, PAGE_RANGE, UPPER, VOLUME_MARK_SHAPE, archive_word, mark_after, page_mark_shape, volume_number
from ..patterns import compiled


# a volume numbered by letters and the numeral sign (Greek `τ. Β΄`)
_LETTER_NUMERAL = "[Α-Ω]{1,3}[ʹ΄']"

# a volume's mark ending a short form alone: a small letter, a full stop, a number (not a file's `SS 0915`)
_LAST_VOLUME = rf"{LOWER}[^\W\d_]{{0,3}}\.\s*(?:[1-9]\d{{0,3}}|[IVXLC]+)\b"


@functools.cache
def _short_form() -> re.Pattern:
    # (a quoted title is its readers', who take the quotes off: `Name, „Title“, 45`; an initial after the comma is the
    # name's, GOST's inverted `Бахнев, Т. Title…, с. 60`)
    return compiled(rf"^(?P<author>[^,;()]{{2,60}}),\s*+(?P<title>(?![„“”\"«»‘’'‚]|[^\W\d_]\.)[^,;()\d]{{2,160}}),\s*"
                      rf"(?:(?P<volume>{VOLUME_MARK_SHAPE}(?:(?:\d{{1,3}}|[IVXLC]+|[ivxlc]+)\b|{_LETTER_NUMERAL}))\s*,\s*)?"
                      rf"(?:(?P<pages>(?:{page_mark_shape()}){PAGE_RANGE}|{mark_after()})"
                      rf"|(?P<last>{_LAST_VOLUME}))\s*\.?\s*$")


# an archive's or a journal's abbreviation, not a person: `AST`, `ИАК`, `HDA`
_ABBREVIATION = compiled(rf"[{UPPER}]{{2,6}}")


def short_form(piece: str) -> re.Match | None:
    """A name, a short title, a volume if any and the cited pages by their shape, and nothing else.

    >>> short_form("Jónsdóttir, Saga bæjanna, bls. 14").group("author", "title", "pages")
    ('Jónsdóttir', 'Saga bæjanna', 'bls. 14')
    >>> short_form("Jónsdóttir, Saga bæjanna, b. 3, bls. 14").group("volume")
    'b. 3'
    >>> short_form("HDA, fond 1561, kut. 5, 45") is None, short_form("Kowalski, Kasy, t. 4").group("last")
    (True, 't. 4')
    >>> short_form("AST, Governo militare, bb. 14-22") is None, short_form("Kask, Küla, 45") is None
    (True, True)
    >>> short_form("Meany Archives, Lovestone Files, box 14") is None
    True
    """
    found = _short_form().match(piece.strip())
    author = found.group("author").strip() if found else ""
    if found is None or _ABBREVIATION.fullmatch(author) or archive_word().search(author):
        return None  # (`Meany Archives, Lovestone Files, box 14`: an archive's name, not a person's)
    if repeat_word(found.group("title")) or plain_repeat_word(found.group("title")):
        return None  # (`Berglund m.fl., a.a., s. 70`: an op. cit. by its shape, its readers')
    return found if is_name(author) else None


def read_short_form(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a `short_form`: the author, the title, the volume's number and the pages; False (``ref``
    untouched) for anything else.

    >>> ref = {}
    >>> read_short_form("Jónsdóttir, Saga bæjanna, b. 3, bls. 14", ref), ref
    (True, {'authors': 'Jónsdóttir', 'title': 'Saga bæjanna', 'volume': '3', 'pages': 'bls. 14'})
    """
    repeat = short_repeat(text)
    if repeat is not None and not text.strip()[repeat.end("author"):repeat.start("word")].strip():
        # `Hüseynov R.Ə. Göst. əsəri, s. 102`: a GOST name's initials, no comma, then a repeat's word by its shape
        ref.update(authors=repeat.group("author").strip(), title=repeat.group("word").strip(), volume="",
                   pages=text.strip()[repeat.end("word"):].strip(" ,."))
        return True
    found = short_form(text)
    if found is None:
        return False
    volume = volume_number(found.group("volume") or found.group("last") or "")
    ref.update(authors=found.group("author").strip(), title=found.group("title").strip(), volume=volume,
               pages=(found.group("pages") or "").strip())
    return True
