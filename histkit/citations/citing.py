"""A printed work cited with the archival document it quotes: two citations, not one.

Historians often cite a book or an article and, after a comma, the archival document it rests on: `M. Faivre, Les
Archives inédites, Paris, 2000, p. 45, qui cite SHD, GR 1 H 1934/1, directive du 22 décembre 1958`, `J. Smith, The
Cold War (London, 1990), 45, citing TNA, FO 371/1234, minute, 3 May 1950`. Read as one citation, the work's row
swallowed the document; parted before the archive only, the work's piece ended in `qui cite` and was taken for a
remark. As `calendared` parts a document from the calendar that summarises it after it, `without_citing_words` parts
the work from the document it cites: where a word of ``citing_words.csv`` follows a comma and an archive the authority
knows follows it, the word is blanked and the comma made a semicolon before the note is split (the same length: the
offsets hold), so that the splitter reads the work and the document as a note's two citations.
"""

from __future__ import annotations

import functools
import re

from .archives import default_matcher
from .words import alternation
from ..patterns import compiled


@functools.cache
def _citing() -> re.Pattern:
    return compiled(rf",(?P<word>\s*(?:{alternation('citing_words.csv')})(?![^\W_])\s*:?)\s+(?=\S)", re.IGNORECASE)


def without_citing_words(text: str) -> str:
    """``text`` with each word for "citing" between a work and the archival document it cites blanked, its comma a
    semicolon.

    >>> without_citing_words("J. Smith, The Cold War (London, 1990), 45, citing TNA, FO 371/1234, 3 May 1950.")
    'J. Smith, The Cold War (London, 1990), 45;        TNA, FO 371/1234, 3 May 1950.'
    >>> without_citing_words("J. Smith, The Cold War (London, 1990), 45, citing a letter of 1950.")
    'J. Smith, The Cold War (London, 1990), 45, citing a letter of 1950.'
    """
    if "," not in text:
        return text
    for found in reversed(list(_citing().finditer(text))):
        if default_matcher().match(text[found.end():]) is not None:
            text = text[:found.start()] + ";" + " " * len(found["word"]) + text[found.end("word"):]
    return text
