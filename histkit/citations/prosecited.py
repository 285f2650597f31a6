"""An archive's code cited at the end of a sentence, with no bracket: ``…; the minutes are in NAZ, UNIP 5/7/2, 12
September 1959.``

A writer who tells in a sentence where a document lies may go straight on with the citation: the archive's code (one
the matcher knows: the authority's, or one the article defined) after a word of the sentence, then a comma and a call
number. The sentence up to the code is commentary; from the code on, a citation as any other. The code must stand
after a word in small letters (prose) and before a part holding a number, so that a name in capitals inside a
sentence (`… the NAZ staff …`) cites nothing.

The other way round, a citation naming its archive inside it, then a sentence of prose (`Great Yarmouth Gaol
Registers, …, Norfolk Record Office, Y/L2 9, 11 November 1839. NRO holds the gaol's surviving papers.`): the
citation up to its full stop, the prose after it commentary (`citation_then_prose`).
"""

from __future__ import annotations


from .archives import ArchiveMatcher
from .beforecolon import reads_as_prose
from .locate import archive_inside, unknown_archive
from ..patterns import compiled

# a word in small letters, a space, then a code of capitals (`in NAZ`, `dans AML`) followed by a comma and, within
# three parts, a number (`se conserva en el AHPM, Protocolos notariales, leg. 4512`); or the code after a dash that
# opens the holding inside the sentence (`so die Aufzeichnung vom 4. Februar 1931 – RKO, Nr. 1302 –, …`)
_CODE_AFTER_WORD = compiled(r"(?:(?<=[^\W\d_A-Z]\s)|(?<=\s[–—]\s))(?P<code>[A-ZА-Я][\w/-]{1,11})(?=,(?:[^,;.]*,){0,2}[^,;]*\d)")


def code_after_prose(piece: str, matcher: ArchiveMatcher) -> int | None:
    """Where a known archive's code opens the citation that ends a sentence (``piece``), or None.

    >>> from histkit.citations.archives import default_matcher
    >>> piece = "the minutes are in TNA, FO 371/1, 12 September 1959."
    >>> piece[code_after_prose(piece, default_matcher()):]
    'TNA, FO 371/1, 12 September 1959.'
    >>> code_after_prose("the TNA staff helped me, as did 12 others", default_matcher()) is None
    True
    """
    if len(piece.split()) < 4:
        return None
    for m in _CODE_AFTER_WORD.finditer(piece):
        hit = matcher.match(piece[m.start():])
        # (or a fonds' short name the article defined, which stands for its archive: `fondcodes`)
        own = hit is not None and (hit[0].code == m.group("code") or m.group("code") in getattr(matcher, "fond_codes", {}))
        if own and hit[1] == len(m.group("code")):
            return m.start()
    return None


# a sentence's end: a full stop after a digit, a letter or a bracket, then a capital
_SENTENCE_END = compiled(r"(?<=[\w)])\.\s+(?=[A-Z])")


def citation_then_prose(piece: str, matcher: ArchiveMatcher) -> int | None:
    """Where a first sentence that cites a document in an archive named inside it (`locate.archive_inside`,
    `locate.unknown_archive`) ends, when the next reads as prose (`beforecolon.reads_as_prose`); else None.

    >>> from histkit.citations.archives import default_matcher
    >>> piece = "Gaol Registers, Norfolk Record Office, Y/L2 9, 11 November 1839. NRO holds the gaol's surviving papers."
    >>> piece[:citation_then_prose(piece, default_matcher())]
    'Gaol Registers, Norfolk Record Office, Y/L2 9, 11 November 1839.'
    >>> citation_then_prose("The minister wrote to him. He kept the letters.", default_matcher()) is None
    True
    """
    for end in _SENTENCE_END.finditer(piece):
        first, rest = piece[:end.start() + 1], piece[end.end():]
        sentence = rest.split(". ")[0].rstrip(". ")
        if reads_as_prose(sentence) and (archive_inside(first, matcher) is not None or unknown_archive(first) is not None):
            return end.start() + 1
    return None
